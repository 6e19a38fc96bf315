package de.leitstand.web.controlling;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.web.shell.ChartJson;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The drill-down of one Kennzahl of the own Jobcenter: its value over 24 months (chart and table), the numerator and
 * denominator of each month with the data vintages behind them, and the basis values of the month asked for.
 */
@Named
@ViewScoped
public class KpiDrillDownBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many months the drill-down shows. */
    public static final int MONTHS = 24;

    @Inject
    ControllingApi controlling;

    private String code;
    private String month;
    private String gender = "GESAMT";
    private ControllingViews.KpiView kpi;
    private List<Row> rows = List.of();
    private List<ControllingViews.BasisValueView> basis = List.of();

    /**
     * One month of the drill-down.
     *
     * @param vintages the data vintages of the basis values of numerator and denominator in that month ("08/2020, 09/2020")
     */
    public record Row(YearMonth month, BigDecimal value, BigDecimal changePercent, BigDecimal numerator,
                      BigDecimal denominator, String vintages, String reason) implements java.io.Serializable {
    }

    public void load() {
        UiErrors.attempt(() -> {
            if (code == null || code.isBlank()) {
                throw new ValidationException("CODE_MISSING", "code", Text.of("web.CODE_MISSING"));
            }
            YearMonth end;
            try {
                end = YearMonth.parse(month);
            } catch (DateTimeParseException | NullPointerException e) {
                throw new ValidationException("MONTH_INVALID", "month", Text.of("kernel.NOT_A_MONTH", month));
            }
            kpi = controlling.kpi(null, code, end, gender, null);
            List<Row> found = new ArrayList<>();
            for (YearMonth m = end.minusMonths(MONTHS - 1L); !m.isAfter(end); m = m.plusMonths(1)) {
                ControllingViews.KpiView k = m.equals(end) ? kpi : controlling.kpi(null, code, m, gender, null);
                List<ControllingViews.BasisValueView> values = controlling.basisValues(null, m);
                String vintages = values.stream().filter(ControllingViews.BasisValueView::latest)
                        .filter(b -> b.series().equals(k.numeratorCode()) || b.series().equals(k.denominatorCode()))
                        .map(b -> vintage(b.vintage())).distinct().sorted().collect(Collectors.joining(", "));
                found.add(new Row(m, k.value(), k.changePercent(), k.numerator(), k.denominator(), vintages, k.reason() == null ? null : k.reason().in(UiErrors.language())));
                if (m.equals(end)) {
                    basis = values.stream().filter(b -> Objects.equals(b.series(), k.numeratorCode())
                            || Objects.equals(b.series(), k.denominatorCode())).toList();
                }
            }
            rows = found;
        });
    }

    private static String vintage(YearMonth vintage) {
        return vintage == null ? "–" : String.format("%02d/%d", vintage.getMonthValue(), vintage.getYear());
    }

    /** @return the value over the 24 months as a line chart in percent (gaps where not computable) */
    public String getChart() {
        Locale locale = ChartJson.locale();
        boolean change = rows.stream().anyMatch(r -> r.changePercent() != null);
        return ChartJson.line()
                .labels(rows.stream().map(r -> ChartJson.monthLabel(r.month(), locale)).toList())
                .axis("y", code + (change ? " – " + ChartJson.text("drill.change") : "") + " (%)", ChartJson.Format.PERCENT)
                .series(null, code, rows.stream().map(r -> change ? r.changePercent() : r.value()).toList(), "y")
                .withoutLegend()
                .build();
    }

    /** @return whether any month has a value (else the page says what is missing instead of an empty chart) */
    public boolean isAnyValue() {
        return rows.stream().anyMatch(r -> r.value() != null);
    }

    public String getFrom() {
        return rows.isEmpty() ? null : rows.get(0).month().toString();
    }

    public ControllingViews.KpiView getKpi() { return kpi; }
    public List<Row> getRows() { return rows; }
    public List<ControllingViews.BasisValueView> getBasis() { return basis; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { gender = v; }
}
