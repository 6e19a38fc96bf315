package de.leitstand.controlling.bench;

import de.leitstand.controlling.domain.KpiDefinition;
import de.leitstand.controlling.domain.Series;

import java.time.YearMonth;
import java.util.List;
import java.util.StringJoiner;

/**
 * The SQL floor of the benchmark: every Kennzahl of the catalogue for every Jobcenter in one month as one
 * PostgreSQL query, with the same arithmetic as {@code KpiCalculator} (latest vintage per value, a missing
 * month or a zero denominator gives NULL, values in % rounded half up to four places).
 */
final class KpiSql {

    private KpiSql() {
    }

    static String national(List<KpiDefinition> catalogue, YearMonth month, int lookBack) {
        StringJoiner columns = new StringJoiner(",\n  ");
        for (KpiDefinition kpi : catalogue) {
            columns.add("ROUND(" + expression(kpi, month) + ", 4) AS " + kpi.code().toLowerCase());
        }
        return "WITH v AS (SELECT DISTINCT ON (agency_number, series, ref_month) agency_number, series, ref_month, amount\n"
                + "  FROM controlling_value WHERE gender = 'GESAMT' AND ref_month BETWEEN " + date(month.minusMonths(lookBack))
                + " AND " + date(month) + "\n  ORDER BY agency_number, series, ref_month, vintage DESC)\n"
                + "SELECT agency_number,\n  " + columns + "\nFROM v GROUP BY agency_number ORDER BY agency_number";
    }

    private static String expression(KpiDefinition kpi, YearMonth month) {
        return switch (kpi.formulaType()) {
            case YOY_RATIO -> "100 * " + at(kpi.numerator(), month) + " / NULLIF(" + at(kpi.numerator(), month.minusMonths(12)) + ", 0)";
            case STOCK_SHARE -> "100 * " + at(kpi.numerator(), month) + " / NULLIF(" + at(kpi.denominator(), month) + ", 0)";
            case ROLLING12_SUM_OVER_AVG -> {
                YearMonth end = month.minusMonths(kpi.extraLag());
                yield "100 * " + twelve(kpi.numerator(), end) + " / NULLIF(" + twelve(kpi.denominator(), end.minusMonths(kpi.denominatorLag()))
                        + " / 12.0, 0)";
            }
            case ROLLING12_SUM_RATIO -> {
                YearMonth end = month.minusMonths(kpi.extraLag());
                yield "100 * " + twelve(kpi.numerator(), end) + " / NULLIF(" + twelve(kpi.denominator(), end.minusMonths(kpi.denominatorLag())) + ", 0)";
            }
            case AVG12_OF_MONTHLY_RATES -> {
                YearMonth end = month.minusMonths(kpi.extraLag());
                StringJoiner rates = new StringJoiner(" + ");
                for (int i = 11; i >= 0; i--) {
                    YearMonth m = end.minusMonths(i);
                    rates.add(at(kpi.numerator(), m) + " / NULLIF(" + at(kpi.denominator(), m.minusMonths(kpi.denominatorLag())) + ", 0)");
                }
                yield "100 * (" + rates + ") / 12";
            }
        };
    }

    /** The value of a series in a month (NULL when missing). */
    private static String at(Series series, YearMonth month) {
        return "SUM(amount) FILTER (WHERE series = '" + series.name() + "' AND ref_month = " + date(month) + ")";
    }

    /** The sum of the twelve months ending with {@code end}, NULL unless all twelve are there. */
    private static String twelve(Series series, YearMonth end) {
        String filter = " FILTER (WHERE series = '" + series.name() + "' AND ref_month BETWEEN " + date(end.minusMonths(11)) + " AND " + date(end) + ")";
        return "(CASE WHEN COUNT(*)" + filter + " = 12 THEN SUM(amount)" + filter + " END)";
    }

    private static String date(YearMonth month) {
        return "DATE '" + month.atDay(1) + "'";
    }
}
