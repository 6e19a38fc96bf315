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
import java.time.YearMonth;
import java.util.List;

/**
 * The own Jobcenter's Kennzahlen of a month with numerators and denominators, and the year's target tracking. The
 * twelve months' trend and the target path are in {@link DashboardTrend}, what needs attention in {@link DashboardAlerts}.
 */
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
    DashboardTrend trend;

    @Inject
    DashboardAlerts alerts;

    private String month;
    private String latest;
    private String gender = "GESAMT";
    private List<ControllingViews.KpiView> kpis;
    private ControllingViews.TargetTracking tracking;
    private List<ControllingViews.BasisValueView> basis;
    private boolean attempted;

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
            trend.load(jobcenter.agency(), parsed);
            alerts.load(jobcenter.agency(), parsed);
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
    void loaded() {
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

    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { gender = v; }
}
