package de.leitstand.planning.domain;

/** Who employs staff of a gemeinsame Einrichtung. */
public enum Employer {
    BA("Bundesagentur für Arbeit"),
    KOMMUNE("Kommunaler Träger");

    private final String label;

    Employer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
