package de.leitstand.planning.application;

import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.Capabilities;
import de.leitstand.planning.api.PlanningAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;

/** The programme's rights of the caller, read from {@link ProgrammeService}'s {@code @RequiresRole}: the rules it enforces. */
@ApplicationScoped
public class PlanningRightsService implements PlanningAccess {

    @Inject
    Caller caller;

    @Override
    public PlanningRights rights() {
        return new PlanningRights(may("create", "changeTargets", "changeGoals", "changeTargetPath", "changeBudget", "changeStaff",
                "changeSections", "submit", "revise"), may("agree", "returnToDraft"));
    }

    private boolean may(String... useCases) {
        return Arrays.stream(useCases).allMatch(useCase -> Capabilities.may(caller, ProgrammeService.class, useCase));
    }
}
