package de.leitstand.controlling.domain;

/**
 * What a stored value's {@code source} says about where it came from. A source never names a person:
 * who imported or entered a value is in the audit trail.
 */
public final class ControllingSources {

    /** A value entered by hand (basis or structure figure). */
    public static final String ENTERED = "Erfassung";

    /** A structure figure from an imported file. */
    public static final String IMPORTED = "Import";

    /** @return the source of values entered by hand in one entry (form or API), e.g. "Erfassung (Stapel 12)" */
    public static String entry(long batchId) {
        return ENTERED + " (Stapel " + batchId + ")";
    }

    private ControllingSources() {
    }

    /** @return the source of the basis figures of one imported file, e.g. "Import (Stapel 12)" */
    public static String batch(long batchId) {
        return "Import (Stapel " + batchId + ")";
    }
}
