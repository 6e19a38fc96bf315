package de.leitstand.controlling.domain;

import java.math.BigDecimal;

/**
 * A Kennzahl's value for one Jobcenter, month and gender, with what it was computed from; or the
 * reason it cannot be computed ("nicht berechenbar": missing inputs or a zero denominator) — never 0.
 *
 * @param value       in percent, four decimals; {@code null} when not computable
 * @param numerator   the numerator as the ordinance defines it (a sum, a stock or a mean)
 * @param denominator likewise
 */
public record KpiResult(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String notComputableReason) {

    public static KpiResult notComputable(String reason) {
        return new KpiResult(null, null, null, reason);
    }

    public boolean isComputable() {
        return value != null;
    }

    /** @return for ratios of the same figure a year apart: the change in percent (ratio − 100) */
    public BigDecimal changePercent() {
        return value == null ? null : value.subtract(BigDecimal.valueOf(100));
    }
}
