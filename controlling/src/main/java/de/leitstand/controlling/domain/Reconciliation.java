package de.leitstand.controlling.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * Compares a computed Kennzahl with the published one and names why they differ (issue 11):
 * the computed value rounds to the published one (ROUNDING), the basis figures are incomplete
 * (MISSING_INPUT), computing with the vintage the BA used gives the published value while the latest
 * stored figures do not (OTHER_VINTAGE), or the difference is not explained (DIFFERENT).
 */
public final class Reconciliation {

    /** The outcome of one comparison; {@link #differs()} for the ones a controller has to look at. */
    public enum Status {
        MATCH("übereinstimmend"),
        ROUNDING("Rundung"),
        MISSING_INPUT("fehlende Basiszahlen"),
        OTHER_VINTAGE("anderer Datenstand"),
        DIFFERENT("Abweichung ungeklärt"),
        NOT_PUBLISHED("nicht veröffentlicht");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean differs() {
            return this == MISSING_INPUT || this == OTHER_VINTAGE || this == DIFFERENT;
        }
    }

    /** @param difference computed − published, in percentage points; {@code null} when one side is missing */
    public record Outcome(Status status, BigDecimal difference, String reason) {
    }

    private Reconciliation() {
    }

    /**
     * @param latest    the value computed from the latest stored figures
     * @param atVintage the value computed from the figures as they stood in the published vintage
     * @param published {@code null} when the BA published nothing for it
     */
    public static Outcome compare(KpiResult latest, KpiResult atVintage, PublishedValue published) {
        if (published == null) {
            return new Outcome(Status.NOT_PUBLISHED, null, null);
        }
        if (!latest.isComputable()) {
            return new Outcome(Status.MISSING_INPUT, null, latest.notComputableReason());
        }
        BigDecimal difference = latest.value().subtract(published.getValue());
        if (difference.signum() == 0) {
            return new Outcome(Status.MATCH, difference, null);
        }
        int scale = Math.max(0, published.getValue().stripTrailingZeros().scale());
        if (roundsTo(latest.value(), published.getValue(), scale)) {
            return new Outcome(Status.ROUNDING, difference, "Der berechnete Wert ergibt gerundet auf " + scale
                    + " Nachkommastellen den veröffentlichten.");
        }
        if (atVintage != null && atVintage.isComputable() && roundsTo(atVintage.value(), published.getValue(), scale)) {
            return new Outcome(Status.OTHER_VINTAGE, difference, "Mit den Basiszahlen des Datenstands " + month(published.getVintage())
                    + " ergibt sich der veröffentlichte Wert; neuere Basiszahlen weichen ab.");
        }
        StringBuilder reason = new StringBuilder("Berechnet und veröffentlicht weichen ab");
        if (published.getNumerator() != null && latest.numerator() != null && latest.numerator().compareTo(published.getNumerator()) != 0) {
            reason.append("; Zähler ").append(latest.numerator().stripTrailingZeros().toPlainString()).append(" statt ")
                    .append(published.getNumerator().stripTrailingZeros().toPlainString());
        }
        if (published.getDenominator() != null && latest.denominator() != null
                && latest.denominator().setScale(2, RoundingMode.HALF_UP).compareTo(published.getDenominator().setScale(2, RoundingMode.HALF_UP)) != 0) {
            reason.append("; Nenner ").append(latest.denominator().stripTrailingZeros().toPlainString()).append(" statt ")
                    .append(published.getDenominator().stripTrailingZeros().toPlainString());
        }
        return new Outcome(Status.DIFFERENT, difference, reason.append('.').toString());
    }

    private static boolean roundsTo(BigDecimal computed, BigDecimal published, int scale) {
        return computed.setScale(scale, RoundingMode.HALF_UP).compareTo(published) == 0;
    }

    private static String month(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
