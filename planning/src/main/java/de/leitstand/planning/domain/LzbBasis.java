package de.leitstand.planning.domain;

/** What the LZB target's change refers to; the seed does not say, so it is a setting. */
public enum LzbBasis {
    /** the stock in December against the December before */
    DECEMBER_STOCK("Dezemberbestand"),
    /** the annual average (Jahresdurchschnittswert) against the previous year's */
    ANNUAL_AVERAGE("Jahresdurchschnitt");

    private final String label;

    LzbBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
