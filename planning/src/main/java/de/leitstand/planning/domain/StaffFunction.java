package de.leitstand.planning.domain;

/** The functions staff capacity is planned for. */
public enum StaffFunction {
    LEISTUNG("Leistungsgewährung"),
    MARKT_INTEGRATION("Markt und Integration"),
    FALLMANAGEMENT("Fallmanagement"),
    FUEHRUNG("Führung"),
    SONSTIGE("Sonstige Aufgaben");

    private final String label;

    StaffFunction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
