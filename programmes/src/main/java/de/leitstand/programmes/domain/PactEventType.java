package de.leitstand.programmes.domain;

/** What happened in a pact's history. */
public enum PactEventType {
    BEITRITT("Beitritt"),
    AUSTRITT("Austritt"),
    EINZELKONZEPTE("Wechsel zu jobcenterbezogenen Einzelkonzepten"),
    GEMEINSAMES_KONZEPT("Wechsel zu einem gemeinsamen Konzept"),
    KOORDINATION("Wechsel der Koordination"),
    SONSTIGES("Sonstiges");

    private final String label;

    PactEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
