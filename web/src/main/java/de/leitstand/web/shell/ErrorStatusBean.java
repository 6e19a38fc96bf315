package de.leitstand.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * Sets the HTTP status of an error page: a refusal shown as the 403 page answers 403 and a missing
 * record 404, also when the page is rendered for an exception (which the container reports as 500).
 */
@Named
@RequestScoped
public class ErrorStatusBean {

    public void status(int code) {
        if (!Faces.getExternalContext().isResponseCommitted()) {
            Faces.getExternalContext().setResponseStatus(code);
        }
    }
}
