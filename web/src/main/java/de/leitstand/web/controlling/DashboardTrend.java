package de.leitstand.web.controlling;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.web.shell.ChartJson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The dashboard's charts with their table alternatives: K2 and K3 over twelve months, integrations against the target path. */
@Named
@ViewScoped
public class DashboardTrend implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DashboardBean page;

    @Inject
    ControllingApi controlling;

    private List<SeriesRow> series = List.of();
    private List<PathRow> path = List.of();

    /** One month of the year: integrations so far against the target path, and the JFW (table alternative of the chart). */
    public record PathRow(YearMonth month, BigDecimal actual, Integer planned, BigDecimal rate) implements Serializable {
    }

    /** One month of the K2/K3 time series (the table alternative of the chart). */
    public record SeriesRow(YearMonth month, BigDecimal k2, BigDecimal k3) implements Serializable {
    }

    /** Loads the twelve months up to the shown one (called by the page when it loads the month). */
    void load(String agency, YearMonth month) {
        List<ControllingViews.SeriesPoint> k2 = controlling.series(agency, "K2", month.minusMonths(11), month);
        List<ControllingViews.SeriesPoint> k3 = controlling.series(agency, "K3", month.minusMonths(11), month);
        List<SeriesRow> rows = new ArrayList<>();
        for (int i = 0; i < k2.size(); i++) {
            rows.add(new SeriesRow(k2.get(i).month(), k2.get(i).value(), k3.get(i).value()));
        }
        series = rows;
        path = controlling.trackingPath(agency, month).stream()
                .map(p -> new PathRow(p.month(), p.integrationsSoFar(), p.plannedToDate(), p.yearToDateRate())).toList();
    }

    public List<SeriesRow> getSeries() {
        page.loaded();
        return series;
    }

    public List<PathRow> getPath() {
        page.loaded();
        return path;
    }

    /** @return K2 and K3 over the last twelve months, each on its own axis (K2 ≈ 20 %, K3 ≈ 99 %), gaps where not computable */
    public String getSeriesChart() {
        page.loaded();
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
        page.loaded();
        Locale locale = ChartJson.locale();
        return ChartJson.bar()
                .labels(path.stream().map(r -> ChartJson.monthLabel(r.month(), locale)).toList())
                .axis("y", ChartJson.text("controlling.integrationsSoFar"), ChartJson.Format.NUMBER)
                .series("bar", ChartJson.text("dashboard.chart.actual"), path.stream().map(PathRow::actual).toList(), "y")
                .series("line", ChartJson.text("dashboard.chart.planned"), path.stream().map(PathRow::planned).toList(), "y")
                .build();
    }
}
