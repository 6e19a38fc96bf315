package de.leitstand.planning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rules of the planning documents: money in euros with cents, percentages with one
 * decimal, both half-up, as the source documents round.
 */
public final class Amounts {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {
    }

    /** @return {@code part / whole × 100}, one decimal, half-up; {@code null} when the whole is zero or absent */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** @return the relative change {@code (now / before − 1) × 100}, one decimal, half-up */
    public static BigDecimal relativeChange(BigDecimal before, BigDecimal now) {
        if (before == null || now == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_UP);
    }

    /** @return the amount rounded to whole euros, half-up */
    public static BigDecimal euros(BigDecimal amount) {
        return amount == null ? null : amount.setScale(0, RoundingMode.HALF_UP);
    }

    public static BigDecimal nullToZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
