package de.leitstand.controlling.domain;

import java.math.BigDecimal;

/**
 * Whether a Kennzahl meets a local goal ("K2 ≥ 24 %"): the goal's comparator (LT, LE, EQ, GE, GT as
 * planning stores it) applied to the value at the goal's precision (one decimal, as published).
 */
public final class GoalCheck {

    private GoalCheck() {
    }

    /** @return {@code null} when the goal cannot be checked (no comparator, no target, no value) */
    public static Boolean met(String comparator, BigDecimal value, BigDecimal target) {
        if (comparator == null || value == null || target == null) {
            return null;
        }
        int scale = Math.max(1, target.stripTrailingZeros().scale());
        int order = value.setScale(scale, java.math.RoundingMode.HALF_UP).compareTo(target);
        return switch (comparator) {
            case "LT" -> order < 0;
            case "LE" -> order <= 0;
            case "EQ" -> order == 0;
            case "GE" -> order >= 0;
            case "GT" -> order > 0;
            default -> null;
        };
    }
}
