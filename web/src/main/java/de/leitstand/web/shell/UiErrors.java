package de.leitstand.web.shell;

import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.kernel.api.ValidationException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Shows a refused use case on the page: each field error of a {@link ValidationException} as its own
 * message, any other refusal as one global message. The request stays on the page; nothing changed.
 */
public final class UiErrors {

    private UiErrors() {
    }

    public static void show(LeitstandException refusal) {
        if (refusal instanceof ValidationException validation && validation.errors().size() > 1) {
            validation.errors().forEach(error -> Messages.addGlobalError(error.message()));
        } else {
            Messages.addGlobalError(refusal.getMessage());
        }
        Faces.validationFailed();
    }

    /** Runs a use case; a refusal is shown, and the result tells whether it succeeded. */
    public static boolean attempt(Runnable useCase) {
        try {
            useCase.run();
            return true;
        } catch (LeitstandException refusal) {
            show(refusal);
            return false;
        } catch (RuntimeException e) {
            LeitstandException cause = leitstandCause(e);
            if (cause == null) {
                throw e;
            }
            show(cause);
            return false;
        }
    }

    private static LeitstandException leitstandCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LeitstandException known) {
                return known;
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException) {
                return de.leitstand.kernel.api.ConflictException.concurrentModification();
            }
        }
        return null;
    }
}
