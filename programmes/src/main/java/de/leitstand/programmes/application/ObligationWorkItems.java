package de.leitstand.programmes.application;

import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.work.WorkItem;
import de.leitstand.kernel.api.work.WorkItemSource;
import de.leitstand.programmes.api.ProgrammeManagement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The work list's programme items: reporting obligations of funding programmes that are open and due within
 * 30 days or overdue (the programmes' reminders), for programme coordination.
 */
@ApplicationScoped
public class ObligationWorkItems implements WorkItemSource {

    @Inject
    Caller caller;

    @Inject
    ProgrammeManagement programmes;

    @Override
    public List<WorkItem> items() {
        if (!caller.hasRole(Role.PROGRAMME)) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        programmes.programmes().forEach(programme -> programme.obligations().stream()
                .filter(obligation -> obligation.reminder() && !obligation.done())
                .forEach(obligation -> items.add(new WorkItem(WorkItem.Kind.REPORTING_DUE,
                        obligation.overdue() ? "work.item.obligationOverdue" : "work.item.obligationDue",
                        List.of(programme.name(), obligation.title()), obligation.dueDate(),
                        "programmes/programme.xhtml?id=" + programme.id()))));
        return items;
    }
}
