package de.leitstand.programmes.application;

import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.Capabilities;
import de.leitstand.programmes.api.ProgrammeAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;

/** The programmes' rights of the caller, read from {@link ProgrammeService}'s {@code @RequiresRole}: the rules it enforces. */
@ApplicationScoped
public class ProgrammeRightsService implements ProgrammeAccess {

    @Inject
    Caller caller;

    @Override
    public ProgrammeRights rights() {
        return new ProgrammeRights(may("createProgramme", "changeProgramme"), may("createOrganisation", "changeOrganisation"),
                may("join", "leave", "addPartner", "changeCoordinator", "recordEvent"), may("recordParticipation", "close"));
    }

    private boolean may(String... useCases) {
        return Arrays.stream(useCases).allMatch(useCase -> Capabilities.may(caller, ProgrammeService.class, useCase));
    }
}
