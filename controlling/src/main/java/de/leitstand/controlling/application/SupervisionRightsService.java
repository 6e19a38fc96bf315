package de.leitstand.controlling.application;

import de.leitstand.controlling.api.SupervisionAccess;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.Capabilities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The Fachaufsicht's rights of the caller, read from {@link SupervisionService}'s {@code @RequiresRole}: the rules it enforces. */
@ApplicationScoped
public class SupervisionRightsService implements SupervisionAccess {

    @Inject
    Caller caller;

    @Override
    public SupervisionRights rights() {
        return new SupervisionRights(Capabilities.may(caller, SupervisionService.class, "overview"),
                Capabilities.may(caller, SupervisionService.class, "recordCase")
                        && Capabilities.may(caller, SupervisionService.class, "addFinding")
                        && Capabilities.may(caller, SupervisionService.class, "savePlanLine"));
    }
}
