package de.leitstand.web.shell;

import de.leitstand.kernel.api.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The UI speaks German; English only when the browser prefers English over German. Without an
 * {@code Accept-Language} header (or with any other language) the page is German, whatever the
 * server's own default locale is.
 */
@Named
@RequestScoped
public class LocaleBean {

    @Inject
    FacesContext facesContext;

    public String getLanguage() {
        Iterator<Locale> preferred = facesContext.getExternalContext().getRequestLocales();
        boolean headerPresent = facesContext.getExternalContext().getRequestHeaderMap().containsKey("Accept-Language");
        while (headerPresent && preferred.hasNext()) {
            String language = preferred.next().getLanguage();
            if ("de".equals(language)) {
                return "de";
            }
            if ("en".equals(language)) {
                return "en";
            }
        }
        return "de";
    }

    /**
     * @return a text computed by a context (a reason why a Kennzahl is not computable, an alert, a status) in the
     *         language of the view; {@code null} for none
     */
    public String say(Text text) {
        return text == null ? null : text.in(UiErrors.language());
    }

    /** @return the texts in the language of the view, separated by commas */
    public String sayAll(List<Text> texts) {
        return texts == null ? null : Text.joined(", ", texts).in(UiErrors.language());
    }
}
