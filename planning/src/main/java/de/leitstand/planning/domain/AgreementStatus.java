package de.leitstand.planning.domain;

/**
 * Where a Jobcenter stands in the year's planning round of the target agreement cascade (§ 48b SGB II).
 * BASIS_PUBLISHED → OFFER_SUBMITTED → (RENEGOTIATION_REQUESTED → OFFER_SUBMITTED)* → ACCEPTED → AGREED.
 */
public enum AgreementStatus {
    /** the level has published the planning basis; the Jobcenter's offer is due */
    BASIS_PUBLISHED("Planungsgrundlage veröffentlicht – Angebot fällig"),
    /** the Jobcenter has offered; the level reviews */
    OFFER_SUBMITTED("Zielwertangebot abgegeben"),
    /** the level asked for a revised offer */
    RENEGOTIATION_REQUESTED("Nachverhandlung erbeten"),
    /** the level accepted the offer; the Jobcenter signs the agreement */
    ACCEPTED("Angebot angenommen – Zielvereinbarung zu unterzeichnen"),
    /** the agreement is concluded and immutable */
    AGREED("Zielvereinbarung geschlossen");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
