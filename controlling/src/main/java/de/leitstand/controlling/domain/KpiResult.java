package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.Text;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A Kennzahl's value for one Jobcenter, month and gender, with what it was computed from; or the
 * reason it cannot be computed, as a {@link Text} said in the language of whoever shows it ("nicht berechenbar": missing inputs or a zero denominator) — never 0.
 * The value is numerator × 100 / denominator (rounded to four decimals); for the mean-of-rates figures
 * the numerator is the sum of the twelve monthly rates in percent and the denominator 12, so the value is
 * numerator / denominator.
 *
 * @param value        in percent, four decimals; {@code null} when not computable
 * @param numerator    the numerator as the ordinance defines it (a sum, a stock or a mean)
 * @param denominator  likewise
 * @param monthlyRates for the mean-of-rates figures: the twelve monthly rates; empty otherwise
 */
public record KpiResult(BigDecimal value, BigDecimal numerator, BigDecimal denominator, Text notComputableReason,
                        List<MonthlyRate> monthlyRates) {

    public KpiResult(BigDecimal value, BigDecimal numerator, BigDecimal denominator, Text notComputableReason) {
        this(value, numerator, denominator, notComputableReason, List.of());
    }

    public static KpiResult notComputable(Text reason) {
        return new KpiResult(null, null, null, reason);
    }

    public boolean isComputable() {
        return value != null;
    }

    /** @return for ratios of the same figure a year apart: the change in percent (ratio − 100) */
    public BigDecimal changePercent() {
        return value == null ? null : value.subtract(BigDecimal.valueOf(100));
    }

    /**
     * One month of a mean-of-rates figure: flow in the month over the stock of the month (or the month before).
     *
     * @param ratePercent numerator × 100 / denominator, eight decimals
     */
    public record MonthlyRate(YearMonth month, BigDecimal numerator, YearMonth denominatorMonth, BigDecimal denominator,
                              BigDecimal ratePercent) {
    }
}
