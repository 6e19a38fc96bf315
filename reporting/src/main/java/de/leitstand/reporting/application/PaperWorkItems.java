package de.leitstand.reporting.application;

import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.work.WorkItem;
import de.leitstand.kernel.api.work.WorkItemSource;
import de.leitstand.reporting.api.PaperApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The work list's reporting items: committee papers in draft wait for the Geschäftsführung's release. */
@ApplicationScoped
public class PaperWorkItems implements WorkItemSource {

    @Inject
    Caller caller;

    @Inject
    PaperApi papers;

    @Override
    public List<WorkItem> items() {
        if (!caller.hasRole(Role.GESCHAEFTSFUEHRUNG) || caller.agencyNumber().isEmpty()) {
            return List.of();
        }
        return papers.papers(null).stream().filter(p -> "ENTWURF".equals(p.state()))
                .map(p -> new WorkItem(WorkItem.Kind.RELEASE, "work.item.release",
                        List.of(p.reference() == null ? "" : p.reference(), p.title()), p.date(),
                        "reporting/papers.xhtml?paper=" + p.id()))
                .toList();
    }
}
