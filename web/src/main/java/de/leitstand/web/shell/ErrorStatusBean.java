package de.leitstand.web.shell;

import de.leitstand.kernel.api.DatabaseStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * Sets the HTTP status of an error page: a refusal shown as the 403 page answers 403 and a missing
 * record 404, also when the page is rendered for an exception (which the container reports as 500).
 * The 500 page first asks whether the database answers: a page that failed because the database went
 * away while it was built says so and answers 503 with {@code Retry-After}, like pages asked for during the outage.
 */
@Named
@RequestScoped
public class ErrorStatusBean {

    @Inject
    DatabaseStatus database;

    private boolean databaseAway;

    public void status(int code) {
        if (!Faces.getExternalContext().isResponseCommitted()) {
            Faces.getExternalContext().setResponseStatus(code);
        }
    }

    /** Called before the 500 page renders. */
    public void checkDatabase() {
        databaseAway = !database.answersNow();
        if (databaseAway && !Faces.getExternalContext().isResponseCommitted()) {
            Faces.getExternalContext().setResponseStatus(503);
            Faces.getExternalContext().setResponseHeader("Retry-After", Integer.toString(DatabaseStatus.RETRY_AFTER_SECONDS));
            Faces.getExternalContext().setResponseHeader("Cache-Control", "no-store");
        }
    }

    public boolean isDatabaseAway() {
        return databaseAway;
    }

    public int getRetryAfter() {
        return DatabaseStatus.RETRY_AFTER_SECONDS;
    }
}
