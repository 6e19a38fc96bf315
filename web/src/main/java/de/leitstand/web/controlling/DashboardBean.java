package de.leitstand.web.controlling;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.leitstand.web.shell.ChartJson;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/** The own Jobcenter's Kennzahlen of a month with numerators and denominators, and the year's target tracking. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    de.leitstand.web.shell.JobcenterChoice jobcenter;

    @Inject
    de.leitstand.web.shell.MonthChoice months;

    @Inject
    ControllingApi controlling;

    @Inject
    de.leitstand.controlling.api.SupervisionApi supervision;

    @Inject
    de.leitstand.controlling.api.SteeringApi steering;

    @Inject
    de.leitstand.kernel.api.security.Caller caller;

    private String month;
    private String latest;
    private String gender = "GESAMT";
    private List<ControllingViews.KpiView> kpis;
    private ControllingViews.TargetTracking tracking;
    private List<ControllingViews.BasisValueView> basis;
    private List<SeriesRow> series = List.of();
    private List<PathRow> path = List.of();
    private List<String> alerts = List.of();
    private boolean attempted;

    /** One month of the year: integrations so far against the target path, and the JFW (table alternative of the chart). */
    public record PathRow(YearMonth month, BigDecimal actual, Integer planned, BigDecimal rate) implements Serializable {
    }

    /** One month of the K2/K3 time series (the table alternative of the chart). */
    public record SeriesRow(YearMonth month, BigDecimal k2, BigDecimal k3) implements Serializable {
    }

    public void load() {
        attempted = true;
        if (!jobcenter.isReady()) {
            return;
        }
        UiErrors.attempt(() -> {
            openOnLatestMonth();
            YearMonth parsed = parse();
            kpis = controlling.kpis(jobcenter.agency(), parsed, gender, null);
            tracking = controlling.tracking(jobcenter.agency(), parsed);
            basis = controlling.basisValues(jobcenter.agency(), parsed);
            List<ControllingViews.SeriesPoint> k2 = controlling.series(jobcenter.agency(), "K2", parsed.minusMonths(11), parsed);
            List<ControllingViews.SeriesPoint> k3 = controlling.series(jobcenter.agency(), "K3", parsed.minusMonths(11), parsed);
            List<SeriesRow> rows = new ArrayList<>();
            for (int i = 0; i < k2.size(); i++) {
                rows.add(new SeriesRow(k2.get(i).month(), k2.get(i).value(), k3.get(i).value()));
            }
            series = rows;
            path = controlling.trackingPath(jobcenter.agency(), parsed).stream()
                    .map(p -> new PathRow(p.month(), p.integrationsSoFar(), p.plannedToDate(), p.yearToDateRate())).toList();
            List<String> found = new ArrayList<>();
            if (caller.hasAnyRole(new de.leitstand.kernel.api.Role[] {de.leitstand.kernel.api.Role.FACHAUFSICHT,
                    de.leitstand.kernel.api.Role.GESCHAEFTSFUEHRUNG, de.leitstand.kernel.api.Role.CONTROLLING,
                    de.leitstand.kernel.api.Role.GREMIUM})) {
                supervision.overview(jobcenter.agency(), parsed).alerts().forEach(alert -> found.add(alert.in(UiErrors.language())));
                int overdue = steering.overdueSteeringActions(jobcenter.agency()).size();
                if (overdue > 0) {
                    found.add(overdue == 1 ? de.leitstand.web.shell.UiTexts.text("dashboard.alert.overdueSteeringAction")
                            : java.text.MessageFormat.format(de.leitstand.web.shell.UiTexts.text("dashboard.alert.overdueSteeringActions"),
                            String.valueOf(overdue)));
                }
            }
            alerts = found;
        });
    }

    /** Without a month in the address the page opens on the latest month with figures, not on the calendar month. */
    private void openOnLatestMonth() {
        if (latest == null) {
            latest = months.latest(jobcenter.agency());
        }
        month = de.leitstand.web.shell.MonthChoice.opening(month, latest);
    }

    /** Shows the chosen month with the month in the address ({@code ?month=2020-06}). */
    public String show() {
        return de.leitstand.web.shell.SameView.withParameters();
    }

    /** @return the latest month with figures (JJJJ-MM), empty when there are none */
    public String getLatest() {
        return latest;
    }

    private YearMonth parse() {
        try {
            return YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            throw new de.leitstand.kernel.api.ValidationException("MONTH_INVALID", "month", de.leitstand.kernel.api.Text.of("kernel.NOT_A_MONTH", month));
        }
    }

    public List<ControllingViews.KpiView> getKpis() {
        loaded();
        return kpis;
    }

    /**
     * Loads on first use. Every getter asks: when many views of one session render at once, Faces may drop the
     * view map of a view still rendering and hand the page a new, empty bean (seen with 50 parallel requests of one
     * session: "str is null" in the traffic light).
     */
    private void loaded() {
        if (!attempted) {
            load();
        }
    }

    public ControllingViews.TargetTracking getTracking() {
        loaded();
        return tracking;
    }

    public List<ControllingViews.BasisValueView> getBasis() {
        loaded();
        return basis;
    }

    public List<SeriesRow> getSeries() {
        loaded();
        return series;
    }

    /** @return K2 and K3 over the last twelve months, each on its own axis (K2 ≈ 20 %, K3 ≈ 99 %), gaps where not computable */
    public String getSeriesChart() {
        loaded();
        Locale locale = ChartJson.locale();
        return ChartJson.line()
                .labels(series.stream().map(r -> ChartJson.monthLabel(r.month(), locale)).toList())
                .axis("y", "K2 (%)", ChartJson.Format.PERCENT)
                .axis("y2", "K3 (%)", ChartJson.Format.PERCENT)
                .series(null, ChartJson.text("dashboard.chart.k2"), series.stream().map(SeriesRow::k2).toList(), "y")
                .series(null, ChartJson.text("dashboard.chart.k3"), series.stream().map(SeriesRow::k3).toList(), "y2")
                .build();
    }

    /** Integrations since January against the target path, month by month (bars and a line on one axis). */
    public String getPathChart() {
        loaded();
        Locale locale = ChartJson.locale();
        return ChartJson.bar()
                .labels(path.stream().map(r -> ChartJson.monthLabel(r.month(), locale)).toList())
                .axis("y", ChartJson.text("controlling.integrationsSoFar"), ChartJson.Format.NUMBER)
                .series("bar", ChartJson.text("dashboard.chart.actual"), path.stream().map(PathRow::actual).toList(), "y")
                .series("line", ChartJson.text("dashboard.chart.planned"), path.stream().map(PathRow::planned).toList(), "y")
                .build();
    }

    /** @return whether the month has no basis figures for the year so far (the tracking says what is missing instead) */
    public boolean isFiguresMissing() {
        loaded();
        return tracking != null && tracking.yearToDateRate() == null;
    }

    /** @return the month as words ("August 2026") */
    public String getMonthLabel() {
        try {
            return ChartJson.monthName(YearMonth.parse(month), ChartJson.locale());
        } catch (java.time.format.DateTimeParseException e) {
            return month;
        }
    }

    /**
     * @return the Integrationsquote the target path asks for by this month (annual target × planned to date /
     * planned in the year): what the Jahresfortschrittswert is compared with; {@code null} without targets
     */
    public BigDecimal getPlannedRateToDate() {
        loaded();
        if (tracking == null || tracking.plannedRate() == null || tracking.plannedToDate() == null
                || tracking.plannedIntegrations() == null || tracking.plannedIntegrations() == 0) {
            return null;
        }
        return tracking.plannedRate().multiply(BigDecimal.valueOf(tracking.plannedToDate()))
                .divide(BigDecimal.valueOf(tracking.plannedIntegrations()), 1, java.math.RoundingMode.HALF_UP);
    }

    public List<PathRow> getPath() {
        loaded();
        return path;
    }

    public List<String> getAlerts() {
        loaded();
        return alerts;
    }

    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { gender = v; }
}
