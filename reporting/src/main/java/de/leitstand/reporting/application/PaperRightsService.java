package de.leitstand.reporting.application;

import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.Capabilities;
import de.leitstand.reporting.api.PaperAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The papers' rights of the caller, read from {@link PaperService}'s {@code @RequiresRole}: the rules it enforces. */
@ApplicationScoped
public class PaperRightsService implements PaperAccess {

    @Inject
    Caller caller;

    @Override
    public PaperRights rights() {
        return new PaperRights(Capabilities.may(caller, PaperService.class, "create") && Capabilities.may(caller, PaperService.class, "change"),
                Capabilities.may(caller, PaperService.class, "release") && Capabilities.may(caller, PaperService.class, "withdraw"),
                Capabilities.may(caller, PaperService.class, "saveBody"));
    }
}
