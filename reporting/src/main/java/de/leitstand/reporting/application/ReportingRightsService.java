package de.leitstand.reporting.application;

import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.Capabilities;
import de.leitstand.reporting.api.ReportingAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;

/**
 * The caller's rights on papers and documents, read from the {@code @RequiresRole} of {@link PaperService} and
 * {@link ReportingService}: the rules they enforce. A bean of its own, because those services' class-level rules
 * would refuse the question itself to users without a reporting role.
 */
@ApplicationScoped
public class ReportingRightsService implements ReportingAccess {

    @Inject
    Caller caller;

    @Override
    public PaperRights papers() {
        return new PaperRights(may(PaperService.class, "create", "change"), may(PaperService.class, "release", "withdraw"),
                may(PaperService.class, "saveBody"));
    }

    @Override
    public DocumentRights documents() {
        return new DocumentRights(may(ReportingService.class, "generateProgramme", "generateControllingReport"));
    }

    private boolean may(Class<?> service, String... useCases) {
        return Arrays.stream(useCases).allMatch(useCase -> Capabilities.may(caller, service, useCase));
    }
}
