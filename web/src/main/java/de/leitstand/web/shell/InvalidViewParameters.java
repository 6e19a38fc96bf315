package de.leitstand.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with a view parameter that cannot be converted ({@code programme.xhtml?id=abc}): the
 * page is not rendered half-empty (which would fail with a 500) but answered with the 400 page that
 * says the address is invalid. Registered in {@code faces-config.xml}; applies to every page.
 */
public class InvalidViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed() && !context.getResponseComplete()) {
            try {
                context.getExternalContext().responseSendError(400, "Ungültiger Parameter in der Adresse");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before validation
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
