package de.leitstand.planning.application;

import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.work.WorkItem;
import de.leitstand.kernel.api.work.WorkItemSource;
import de.leitstand.planning.api.TargetAgreements;
import de.leitstand.planning.api.TargetAgreements.AgreementView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The work of the target agreement cascade: for a Jobcenter's Geschäftsführung an offer that is due (a
 * published basis or a renegotiation asked for) and an accepted agreement to sign; for a supervising level
 * every offer waiting for its review.
 */
@ApplicationScoped
public class AgreementWorkItems implements WorkItemSource {

    @Inject
    Caller caller;

    @Inject
    TargetAgreements agreements;

    @Override
    public List<WorkItem> items() {
        boolean level = caller.level().isPresent() && caller.hasAnyRole(new Role[] {Role.REGIONALDIREKTION, Role.LAND});
        boolean management = caller.hasRole(Role.GESCHAEFTSFUEHRUNG) && caller.agencyNumber().isPresent();
        if (!level && !management) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        for (AgreementView a : agreements.list(null, null)) {
            String link = "planning/agreement.xhtml?year=" + a.year() + "&nr=" + a.agencyNumber();
            List<String> arguments = List.of(String.valueOf(a.year()), a.jobcenterName());
            if (management) {
                switch (a.status()) {
                    case "BASIS_PUBLISHED" -> items.add(new WorkItem(WorkItem.Kind.REMINDER, "work.item.offerDue", arguments,
                            a.deadline(), link));
                    case "RENEGOTIATION_REQUESTED" -> items.add(new WorkItem(WorkItem.Kind.REMINDER, "work.item.renegotiation",
                            arguments, a.deadline(), link));
                    case "ACCEPTED" -> items.add(new WorkItem(WorkItem.Kind.AGREEMENT, "work.item.agreementToSign", arguments,
                            null, link));
                    default -> {
                    }
                }
            } else if ("OFFER_SUBMITTED".equals(a.status())) {
                items.add(new WorkItem(WorkItem.Kind.AGREEMENT, "work.item.offerToReview", arguments, null, link));
            }
        }
        return items;
    }
}
