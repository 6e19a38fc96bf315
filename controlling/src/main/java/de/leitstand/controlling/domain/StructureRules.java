package de.leitstand.controlling.domain;

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
    public static String check(StructureFigure figure, String period, String category, String age, BigDecimal value) {
        if (periodError(figure, period) != null) {
            return periodError(figure, period);
        }
        if (!figure.categories().contains(category)) {
            return "„" + category + "“ ist keine Kategorie von " + figure + " (" + String.join(", ", figure.categories()) + ")";
        }
        if (!figure.ageGroups().contains(age)) {
            return "„" + age + "“ ist keine Altersgruppe von " + figure + " (" + String.join(", ", figure.ageGroups()) + ")";
        }
        return valueError(figure, value);
    }

    public static String periodError(StructureFigure figure, String period) {
        if (period == null || !(period.matches("\\d{4}") || period.matches("\\d{4}-(0[1-9]|1[0-2])"))) {
            return "„" + period + "“ ist kein Zeitraum (JJJJ für den Jahresdurchschnitt oder JJJJ-MM)";
        }
        boolean year = period.length() == 4;
        if (year && (figure == StructureFigure.EWT || figure == StructureFigure.ALO || figure == StructureFigure.ALQ
                || figure == StructureFigure.ALO_RK || figure == StructureFigure.UB || figure == StructureFigure.SVB_WZ)) {
            return figure + " wird für einen Monat (JJJJ-MM) angegeben, nicht für ein Jahr";
        }
        return null;
    }

    public static String valueError(StructureFigure figure, BigDecimal value) {
        if (value.signum() < 0) {
            return "der Wert " + value.toPlainString() + " ist negativ";
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            return "der Wert " + value.toPlainString() + " hat mehr als zwei Nachkommastellen";
        }
        if (figure.isRate() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return "eine Quote von " + value.toPlainString() + " % ist nicht möglich";
        }
        if (!figure.isRate() && figure != StructureFigure.ELB && figure != StructureFigure.BG
                && value.stripTrailingZeros().scale() > 0) {
            return "eine Personenzahl ist ganzzahlig, nicht " + value.toPlainString();
        }
        return null;
    }
}
