package de.leitstand.web.controlling;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.YearMonth;
import java.util.List;

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

    /** One month of the year: integrations so far against the target path, and the JFW (table alternative of the chart). */
    public record PathRow(YearMonth month, BigDecimal actual, Integer planned, BigDecimal rate) implements Serializable {
    }

    /** One month of the K2/K3 time series (the table alternative of the chart). */
    public record SeriesRow(YearMonth month, BigDecimal k2, BigDecimal k3) implements Serializable {
    }

    public void load() {
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
            List<PathRow> pathRows = new ArrayList<>();
            for (int m = 1; m <= parsed.getMonthValue(); m++) {
                ControllingViews.TargetTracking t = m == parsed.getMonthValue() ? tracking
                        : controlling.tracking(jobcenter.agency(), YearMonth.of(parsed.getYear(), m));
                pathRows.add(new PathRow(t.month(), t.integrationsSoFar(), t.plannedToDate(), t.yearToDateRate()));
            }
            path = pathRows;
            List<String> found = new ArrayList<>();
            if (caller.hasAnyRole(new de.leitstand.kernel.api.Role[] {de.leitstand.kernel.api.Role.FACHAUFSICHT,
                    de.leitstand.kernel.api.Role.GESCHAEFTSFUEHRUNG, de.leitstand.kernel.api.Role.CONTROLLING,
                    de.leitstand.kernel.api.Role.GREMIUM})) {
                found.addAll(supervision.overview(jobcenter.agency(), parsed).alerts());
                int overdue = steering.overdueSteeringActions(jobcenter.agency()).size();
                if (overdue > 0) {
                    found.add(overdue == 1 ? "Eine Steuerungsmaßnahme aus einem Zielnachhaltedialog ist überfällig."
                            : overdue + " Steuerungsmaßnahmen aus Zielnachhaltedialogen sind überfällig.");
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
            throw new de.leitstand.kernel.api.ValidationException("MONTH_INVALID", "month", "„" + month + "“ ist kein Monat (JJJJ-MM).");
        }
    }

    public List<ControllingViews.KpiView> getKpis() {
        if (kpis == null) {
            load();
        }
        return kpis;
    }

    public ControllingViews.TargetTracking getTracking() {
        return tracking;
    }

    public List<ControllingViews.BasisValueView> getBasis() {
        return basis;
    }

    public List<SeriesRow> getSeries() {
        return series;
    }

    /** @return K2 and K3 over the last twelve months as a Chart.js line chart (gaps where not computable) */
    public String getSeriesChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder k2 = Json.createArrayBuilder();
        JsonArrayBuilder k3 = Json.createArrayBuilder();
        for (SeriesRow row : series) {
            labels.add(row.month().toString());
            add(k2, row.k2());
            add(k3, row.k3());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "K2 Integrationsquote (%)").add("data", k2).add("borderColor", "#0b5394"))
                        .add(Json.createObjectBuilder().add("label", "K3 Veränderung LZB (%)").add("data", k3).add("borderColor", "#a61c00"))))
                .build().toString();
    }

    /** Integrations since January against the target path, month by month, as a Chart.js bar/line chart. */
    public String getPathChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder actual = Json.createArrayBuilder();
        JsonArrayBuilder planned = Json.createArrayBuilder();
        for (PathRow row : path) {
            labels.add(row.month().toString());
            add(actual, row.actual());
            add(planned, row.planned() == null ? null : BigDecimal.valueOf(row.planned()));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "bar").add("label", "Integrationen seit Januar (Ist)").add("data", actual)
                                .add("backgroundColor", "#0b5394"))
                        .add(Json.createObjectBuilder().add("type", "line").add("label", "Soll laut Zielpfad").add("data", planned)
                                .add("borderColor", "#a61c00"))))
                .build().toString();
    }

    public List<PathRow> getPath() {
        return path;
    }

    public List<String> getAlerts() {
        return alerts;
    }

    private static void add(JsonArrayBuilder values, BigDecimal value) {
        if (value == null) {
            values.addNull();
        } else {
            values.add(value);
        }
    }

    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { gender = v; }
}
