package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.Text;

import java.math.BigDecimal;

/**
 * The rules of one structure value — which periods, categories and age groups a figure has, and which
 * values are possible — the same for a line of a file and a value entered in a form.
 */
public final class StructureRules {

    private StructureRules() {
    }

    /**
     * Checks one value of a form with the same rules as a file line.
     *
     * @return the error message, or null when the value is valid
     */
    public static Text check(StructureFigure figure, String period, String category, String age, BigDecimal value) {
        if (periodError(figure, period) != null) {
            return periodError(figure, period);
        }
        if (!figure.categories().contains(category)) {
            return Text.of("controlling.STRUCTURE_NOT_A_CATEGORY", category, figure, String.join(", ", figure.categories()));
        }
        if (!figure.ageGroups().contains(age)) {
            return Text.of("controlling.STRUCTURE_NOT_AN_AGE_GROUP", age, figure, String.join(", ", figure.ageGroups()));
        }
        return valueError(figure, value);
    }

    public static Text periodError(StructureFigure figure, String period) {
        if (period == null || !(period.matches("\\d{4}") || period.matches("\\d{4}-(0[1-9]|1[0-2])"))) {
            return Text.of("controlling.STRUCTURE_NOT_A_PERIOD", period);
        }
        boolean year = period.length() == 4;
        if (year && (figure == StructureFigure.EWT || figure == StructureFigure.ALO || figure == StructureFigure.ALQ
                || figure == StructureFigure.ALO_RK || figure == StructureFigure.UB || figure == StructureFigure.SVB_WZ)) {
            return Text.of("controlling.STRUCTURE_MONTHLY_FIGURE", figure);
        }
        return null;
    }

    public static Text valueError(StructureFigure figure, BigDecimal value) {
        if (value.signum() < 0) {
            return Text.of("controlling.VALUE_NEGATIVE", value.toPlainString());
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            return Text.of("controlling.VALUE_TWO_DECIMALS", value.toPlainString());
        }
        if (figure.isRate() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Text.of("controlling.STRUCTURE_RATE_TOO_HIGH", value.toPlainString());
        }
        if (!figure.isRate() && figure != StructureFigure.ELB && figure != StructureFigure.BG
                && value.stripTrailingZeros().scale() > 0) {
            return Text.of("controlling.STRUCTURE_PERSONS_WHOLE", value.toPlainString());
        }
        return null;
    }
}
