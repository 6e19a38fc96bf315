package de.leitstand.programmes.domain;

/** Who funds a programme. */
public enum Funder {
    BUND("Bund (BMAS)"),
    ESF("Europäischer Sozialfonds"),
    LAND("Land"),
    KOMMUNE("Kommune"),
    SONSTIGE("Sonstige");

    private final String label;

    Funder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
