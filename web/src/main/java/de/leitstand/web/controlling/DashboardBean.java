package de.leitstand.web.controlling;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
    ControllingApi controlling;

    @Inject
    de.leitstand.controlling.api.SupervisionApi supervision;

    @Inject
    de.leitstand.controlling.api.SteeringApi steering;

    @Inject
    de.leitstand.kernel.api.security.Caller caller;

    private String month = YearMonth.now().minusMonths(4).toString();
    private String gender = "GESAMT";
    private List<ControllingViews.KpiView> kpis;
    private ControllingViews.TargetTracking tracking;
    private List<ControllingViews.BasisValueView> basis;
    private List<SeriesRow> series = List.of();
    private List<PathRow> path = List.of();
    private List<String> alerts = List.of();
    private boolean attempted;

    /** One month of the year: integrations so far against the target path, and the JFW (table alternative of the chart). */
    public record PathRow(YearMonth month, BigDecimal actual, Integer planned, BigDecimal rate) {
    }

    /** One month of the K2/K3 time series (the table alternative of the chart). */
    public record SeriesRow(YearMonth month, BigDecimal k2, BigDecimal k3) {
    }

    public void load() {
        attempted = true;
        UiErrors.attempt(() -> {
            YearMonth parsed = parse();
            kpis = controlling.kpis(null, parsed, gender, null);
            tracking = controlling.tracking(null, parsed);
            basis = controlling.basisValues(null, parsed);
            List<ControllingViews.SeriesPoint> k2 = controlling.series(null, "K2", parsed.minusMonths(11), parsed);
            List<ControllingViews.SeriesPoint> k3 = controlling.series(null, "K3", parsed.minusMonths(11), parsed);
            List<SeriesRow> rows = new ArrayList<>();
            for (int i = 0; i < k2.size(); i++) {
                rows.add(new SeriesRow(k2.get(i).month(), k2.get(i).value(), k3.get(i).value()));
            }
            series = rows;
            path = controlling.trackingPath(null, parsed).stream()
                    .map(p -> new PathRow(p.month(), p.integrationsSoFar(), p.plannedToDate(), p.yearToDateRate())).toList();
            List<String> found = new ArrayList<>();
            if (caller.hasAnyRole(new de.leitstand.kernel.api.Role[] {de.leitstand.kernel.api.Role.FACHAUFSICHT,
                    de.leitstand.kernel.api.Role.GESCHAEFTSFUEHRUNG, de.leitstand.kernel.api.Role.CONTROLLING,
                    de.leitstand.kernel.api.Role.GREMIUM})) {
                found.addAll(supervision.overview(null, parsed).alerts());
                int overdue = steering.overdueSteeringActions(null).size();
                if (overdue > 0) {
                    found.add(overdue == 1 ? "Eine Steuerungsmaßnahme aus einem Zielnachhaltedialog ist überfällig."
                            : overdue + " Steuerungsmaßnahmen aus Zielnachhaltedialogen sind überfällig.");
                }
            }
            alerts = found;
        });
    }

    private YearMonth parse() {
        try {
            return YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            throw new de.leitstand.kernel.api.ValidationException("MONTH_INVALID", "month", "„" + month + "“ ist kein Monat (JJJJ-MM).");
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

    /** @return K2 and K3 over the last twelve months as a Chart.js line chart (gaps where not computable) */
    public String getSeriesChart() {
        loaded();
        JsonArrayBuilder labels = de.leitstand.kernel.api.Jsons.array();
        JsonArrayBuilder k2 = de.leitstand.kernel.api.Jsons.array();
        JsonArrayBuilder k3 = de.leitstand.kernel.api.Jsons.array();
        for (SeriesRow row : series) {
            labels.add(row.month().toString());
            add(k2, row.k2());
            add(k3, row.k3());
        }
        return de.leitstand.kernel.api.Jsons.object()
                .add("type", "line")
                .add("data", de.leitstand.kernel.api.Jsons.object().add("labels", labels).add("datasets", de.leitstand.kernel.api.Jsons.array()
                        .add(de.leitstand.kernel.api.Jsons.object().add("label", "K2 Integrationsquote (%)").add("data", k2).add("borderColor", "#0b5394"))
                        .add(de.leitstand.kernel.api.Jsons.object().add("label", "K3 Veränderung LZB (%)").add("data", k3).add("borderColor", "#a61c00"))))
                .build().toString();
    }

    /** Integrations since January against the target path, month by month, as a Chart.js bar/line chart. */
    public String getPathChart() {
        loaded();
        JsonArrayBuilder labels = de.leitstand.kernel.api.Jsons.array();
        JsonArrayBuilder actual = de.leitstand.kernel.api.Jsons.array();
        JsonArrayBuilder planned = de.leitstand.kernel.api.Jsons.array();
        for (PathRow row : path) {
            labels.add(row.month().toString());
            add(actual, row.actual());
            add(planned, row.planned() == null ? null : BigDecimal.valueOf(row.planned()));
        }
        return de.leitstand.kernel.api.Jsons.object()
                .add("type", "bar")
                .add("data", de.leitstand.kernel.api.Jsons.object().add("labels", labels).add("datasets", de.leitstand.kernel.api.Jsons.array()
                        .add(de.leitstand.kernel.api.Jsons.object().add("type", "bar").add("label", "Integrationen seit Januar (Ist)").add("data", actual)
                                .add("backgroundColor", "#0b5394"))
                        .add(de.leitstand.kernel.api.Jsons.object().add("type", "line").add("label", "Soll laut Zielpfad").add("data", planned)
                                .add("borderColor", "#a61c00"))))
                .build().toString();
    }

    public List<PathRow> getPath() {
        loaded();
        return path;
    }

    public List<String> getAlerts() {
        loaded();
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
