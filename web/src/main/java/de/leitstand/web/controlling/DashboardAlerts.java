package de.leitstand.web.controlling;

import de.leitstand.controlling.api.SteeringApi;
import de.leitstand.controlling.api.SupervisionAccess;
import de.leitstand.controlling.api.SupervisionApi;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/** What needs attention on the dashboard: the Fachaufsicht's alerts of the month and overdue steering actions. */
@Named
@ViewScoped
public class DashboardAlerts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DashboardBean page;

    @Inject
    SupervisionApi supervision;

    @Inject
    SteeringApi steering;

    @Inject
    SupervisionAccess access;

    private List<String> alerts = List.of();

    /** Loads the month's alerts (called by the page when it loads the month). */
    void load(String agency, java.time.YearMonth month) {
        List<String> found = new ArrayList<>();
        if (isMaySupervise()) {
            supervision.overview(agency, month).alerts().forEach(alert -> found.add(alert.in(UiErrors.language())));
            int overdue = steering.overdueSteeringActions(agency).size();
            if (overdue > 0) {
                found.add(overdue == 1 ? UiTexts.text("dashboard.alert.overdueSteeringAction")
                        : MessageFormat.format(UiTexts.text("dashboard.alert.overdueSteeringActions"), String.valueOf(overdue)));
            }
        }
        alerts = found;
    }

    /** @return whether the caller reads the Fachaufsicht (its alerts here, the link to its page), as the service says */
    public boolean isMaySupervise() {
        return access.rights().read();
    }

    public List<String> getAlerts() {
        page.loaded();
        return alerts;
    }
}
