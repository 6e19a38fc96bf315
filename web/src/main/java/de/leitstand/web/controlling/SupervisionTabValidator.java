package de.leitstand.web.controlling;

import de.leitstand.web.shell.UiTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

import java.text.MessageFormat;
import java.util.Arrays;

/**
 * The tab in the address of the Fachaufsicht ({@code ?tab=cases}) must be one of the page's tabs; an unknown one
 * ({@code ?tab=Fälle}) fails the view parameter like a month that is none, and the 400 page "Ungültige Adresse"
 * answers. Without the parameter the overview opens.
 */
@FacesValidator("leitstand.supervisionTab")
public class SupervisionTabValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value != null && !value.toString().isEmpty() && !known(value.toString())) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(UiTexts.text("supervision.tab.invalid"), value), null));
        }
    }

    static boolean known(String tab) {
        return Arrays.stream(SupervisionBean.Tab.values()).anyMatch(t -> t.name().equals(tab));
    }
}
