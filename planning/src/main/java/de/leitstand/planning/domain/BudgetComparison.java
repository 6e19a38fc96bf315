package de.leitstand.planning.domain;

import java.math.BigDecimal;

/**
 * One row of the budget table: previous year, this year, the difference absolute and in percent
 * (one decimal, half-up; seed: VK 9.069.867 → 8.581.009 = −488.858, −5,4 %).
 */
public record BudgetComparison(BigDecimal previous, BigDecimal current) {

    public BigDecimal difference() {
        return previous == null || current == null ? null : current.subtract(previous);
    }

    public BigDecimal differencePercent() {
        return Amounts.percent(difference(), previous);
    }
}
