package de.leitstand.controlling.application;

import de.leitstand.controlling.api.ImportCheckApi;
import de.leitstand.controlling.api.SteeringApi;
import de.leitstand.controlling.api.SupervisionApi;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.work.WorkItem;
import de.leitstand.kernel.api.work.WorkItemSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The work list's controlling items: overdue corrective actions of the Fachaufsicht and overdue steering
 * actions of the Zielnachhaltedialoge (for those who steer or audit), and recent imports with plausibility
 * warnings (for the controllers who imported them).
 */
@ApplicationScoped
public class ControllingWorkItems implements WorkItemSource {

    /** How long an import with warnings stays on the work list. */
    private static final Duration RECENT_IMPORT = Duration.ofDays(30);

    @Inject
    Caller caller;

    @Inject
    SupervisionApi supervision;

    @Inject
    SteeringApi steering;

    @Inject
    ImportCheckApi imports;

    @Override
    public List<WorkItem> items() {
        if (caller.agencyNumber().isEmpty()) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        if (caller.hasAnyRole(Role.FACHAUFSICHT, Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING)) {
            supervision.overdueActions(null).forEach(action -> items.add(new WorkItem(WorkItem.Kind.OVERDUE,
                    "work.item.correctiveAction", List.of(action.areaCode(), action.description(), String.valueOf(action.owner())),
                    action.dueDate(), "controlling/supervision.xhtml?tab=findings")));
            steering.overdueSteeringActions(null).forEach(action -> items.add(new WorkItem(WorkItem.Kind.OVERDUE,
                    "work.item.steeringAction", List.of(action.description(), String.valueOf(action.owner())),
                    action.dueDate(), "controlling/steering.xhtml")));
        }
        if (caller.hasRole(Role.CONTROLLING)) {
            Instant since = Instant.now().minus(RECENT_IMPORT);
            imports.imports().stream().filter(batch -> batch.warningCount() > 0 && batch.importedAt().isAfter(since))
                    .forEach(batch -> items.add(new WorkItem(WorkItem.Kind.IMPORT_WARNINGS, "work.item.importWarnings",
                            List.of(String.valueOf(batch.id()), String.valueOf(batch.warningCount())), null,
                            "controlling/import.xhtml")));
        }
        return items;
    }
}
