package de.leitstand.planning.application;

import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.work.WorkItem;
import de.leitstand.kernel.api.work.WorkItemSource;
import de.leitstand.planning.api.ProgrammePlanning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The work list's planning items: programme versions "In Abstimmung" wait for the Geschäftsführung's agreement. */
@ApplicationScoped
public class ProgrammeWorkItems implements WorkItemSource {

    @Inject
    Caller caller;

    @Inject
    ProgrammePlanning planning;

    @Override
    public List<WorkItem> items() {
        if (!caller.hasRole(Role.GESCHAEFTSFUEHRUNG) || caller.agencyNumber().isEmpty()) {
            return List.of();
        }
        return planning.list(null, null).stream().filter(p -> "IN_ABSTIMMUNG".equals(p.status()))
                .map(p -> new WorkItem(WorkItem.Kind.AGREEMENT, "work.item.agreement",
                        List.of(String.valueOf(p.year()), String.valueOf(p.versionNumber())), null,
                        "planning/programme.xhtml?id=" + p.id()))
                .toList();
    }
}
