package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.Text;

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
        MATCH("controlling.RECONCILIATION_MATCH"),
        ROUNDING("controlling.RECONCILIATION_ROUNDING"),
        MISSING_INPUT("controlling.RECONCILIATION_MISSING_INPUT"),
        OTHER_VINTAGE("controlling.RECONCILIATION_OTHER_VINTAGE"),
        DIFFERENT("controlling.RECONCILIATION_DIFFERENT"),
        NOT_PUBLISHED("controlling.RECONCILIATION_NOT_PUBLISHED");

        private final String key;

        Status(String key) {
            this.key = key;
        }

        /** @return the German label */
        public String label() {
            return text().german();
        }

        /** @return the label, said in the language of whoever shows it */
        public Text text() {
            return Text.of(key);
        }

        public boolean differs() {
            return this == MISSING_INPUT || this == OTHER_VINTAGE || this == DIFFERENT;
        }
    }

    /** @param difference computed − published, in percentage points; {@code null} when one side is missing */
    public record Outcome(Status status, BigDecimal difference, Text reason) {
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
            return new Outcome(Status.ROUNDING, difference, Text.of("controlling.RECONCILIATION_ROUNDS_TO", scale));
        }
        if (atVintage != null && atVintage.isComputable() && roundsTo(atVintage.value(), published.getValue(), scale)) {
            return new Outcome(Status.OTHER_VINTAGE, difference, Text.of("controlling.RECONCILIATION_VINTAGE",
                    month(published.getVintage())));
        }
        Object numerator = "";
        Object denominator = "";
        if (published.getNumerator() != null && latest.numerator() != null && latest.numerator().compareTo(published.getNumerator()) != 0) {
            numerator = Text.of("controlling.RECONCILIATION_NUMERATOR", latest.numerator().stripTrailingZeros().toPlainString(),
                    published.getNumerator().stripTrailingZeros().toPlainString());
        }
        if (published.getDenominator() != null && latest.denominator() != null
                && latest.denominator().setScale(2, RoundingMode.HALF_UP).compareTo(published.getDenominator().setScale(2, RoundingMode.HALF_UP)) != 0) {
            denominator = Text.of("controlling.RECONCILIATION_DENOMINATOR", latest.denominator().stripTrailingZeros().toPlainString(),
                    published.getDenominator().stripTrailingZeros().toPlainString());
        }
        return new Outcome(Status.DIFFERENT, difference, Text.of("controlling.RECONCILIATION_DIFFERS", numerator, denominator));
    }

    private static boolean roundsTo(BigDecimal computed, BigDecimal published, int scale) {
        return computed.setScale(scale, RoundingMode.HALF_UP).compareTo(published) == 0;
    }

    private static String month(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
