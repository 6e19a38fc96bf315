package de.leitstand.planning.domain;

/** What the Geschäftsführung made of a team's offer. */
public enum OfferDecision {
    OFFEN("Offen"),
    ANGENOMMEN("Angenommen"),
    ANGEPASST("Angepasst");

    private final String label;

    OfferDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
