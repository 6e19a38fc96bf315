package de.leitstand.web.shell;

import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.kernel.api.ValidationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;
import org.omnifaces.util.Messages;

import java.util.Locale;

/**
 * Shows a refused use case on the page: each field error of a {@link ValidationException} as its own
 * message, any other refusal as one global message, in the view's language. The request stays on the page; nothing
 * changed.
 */
public final class UiErrors {

    private UiErrors() {
    }

    public static void show(LeitstandException refusal) {
        if (refusal instanceof ValidationException validation && validation.errors().size() > 1) {
            validation.errors().forEach(error -> Messages.addGlobalError(error.message(language())));
        } else {
            Messages.addGlobalError(refusal.message(language()));
        }
        if (refusal instanceof ValidationException validation) {
            markFields(validation);
        }
        Faces.validationFailed();
    }

    /**
     * Puts each field error also next to the input of the page that has the field's name as its id (shown by that
     * input's {@code p:message}, the input marked invalid), and moves the focus to the first such input, so that the
     * user sees what to correct where it is. Errors without such an input stay in the page's messages only.
     */
    private static void markFields(ValidationException validation) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getViewRoot() == null) {
            return;
        }
        String first = null;
        for (ValidationException.FieldError error : validation.errors()) {
            UIInput input = input(context, error.field());
            if (input != null) {
                input.setValid(false);
                String clientId = input.getClientId(context);
                context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(language()), null));
                if (first == null) {
                    first = clientId;
                }
            }
        }
        if (first != null && PrimeFaces.current() != null) {
            PrimeFaces.current().focus(first);
        }
    }

    /** @return the first input whose id is the field's name (or its last part: "values.ELB" → "ELB"), else null */
    private static UIInput input(FacesContext context, String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String id = field.substring(field.lastIndexOf('.') + 1);
        UIInput[] found = new UIInput[1];
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIInput candidate && id.equals(candidate.getId()) && candidate.isRendered()) {
                found[0] = candidate;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    /** @return the language of the view (set by {@code f:view locale="#{localeBean.language}"}); German outside a view */
    public static Locale language() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.GERMAN : context.getViewRoot().getLocale();
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
