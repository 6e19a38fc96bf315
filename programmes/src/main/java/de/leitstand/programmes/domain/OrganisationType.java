package de.leitstand.programmes.domain;

/** Kinds of external organisations a pact works with. */
public enum OrganisationType {
    KOORDINATION("Koordinierungsstelle"),
    BILDUNGSTRAEGER("Bildungsträger"),
    KAMMER("Kammer"),
    UNTERNEHMEN("Unternehmen"),
    VERBAND("Verband"),
    KOMMUNE("Kommune"),
    SONSTIGE("Sonstige");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
