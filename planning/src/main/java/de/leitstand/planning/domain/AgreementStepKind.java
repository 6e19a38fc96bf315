package de.leitstand.planning.domain;

/** A step of a planning round, as the round's history keeps it. */
public enum AgreementStepKind {
    BASIS("Planungsgrundlage veröffentlicht"),
    OFFER("Zielwertangebot"),
    RENEGOTIATION("Nachverhandlung erbeten"),
    ACCEPTANCE("Angebot angenommen"),
    CONCLUSION("Zielvereinbarung unterzeichnet");

    private final String label;

    AgreementStepKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
