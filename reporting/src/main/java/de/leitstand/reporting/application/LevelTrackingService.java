package de.leitstand.reporting.application;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.planning.api.TargetAgreements;
import de.leitstand.reporting.api.LevelTrackingApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The level's Zielnachhaltung, composed from the registry, the planning round and controlling's tracking. */
@ApplicationScoped
public class LevelTrackingService implements LevelTrackingApi {

    @Inject
    ControllingApi controlling;

    @Inject
    TargetAgreements agreements;

    @Override
    public LevelTracking levelTracking(String level, YearMonth month) {
        // the planning round's overview decides the level (a level user's own, ADMIN's named one) and lists its Jobcenters
        TargetAgreements.LevelOverview overview = agreements.overview(level, month.getYear());
        List<Row> rows = new ArrayList<>();
        int[] lights = new int[4];
        for (TargetAgreements.OverviewRow round : overview.rows()) {
            var agreed = "AGREED".equals(round.status()) && round.offer() != null ? round.offer().integrationRate() : null;
            try {
                ControllingViews.TargetTracking t = controlling.tracking(round.agencyNumber(), month);
                count(lights, t.trafficLight());
                rows.add(new Row(round.agencyNumber(), round.jobcenterName(), round.status(), round.statusLabel(), agreed,
                        t.plannedIntegrations(), t.integrationsSoFar(), t.plannedToDate(), t.attainmentPercent(), t.yearToDateRate(),
                        t.forecastIntegrations(), t.forecastAttainmentPercent(), t.trafficLight(), t.lzbChangeTarget(),
                        t.lzbChangeSoFar(), t.lzbTrafficLight(), t.yearToDateReason()));
            } catch (LeitstandException e) {
                lights[3]++;
                rows.add(new Row(round.agencyNumber(), round.jobcenterName(), round.status(), round.statusLabel(), agreed, null, null,
                        null, null, null, null, null, "KEIN_ZIEL", null, null, null, e.text()));
            }
        }
        return new LevelTracking(overview.level(), overview.levelName(), month, rows, lights[0], lights[1], lights[2], lights[3]);
    }

    private static void count(int[] lights, String light) {
        switch (light == null ? "" : light) {
            case "GRUEN" -> lights[0]++;
            case "GELB" -> lights[1]++;
            case "ROT" -> lights[2]++;
            default -> lights[3]++;
        }
    }
}
