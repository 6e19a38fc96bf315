package de.leitstand.planning.domain;

/**
 * Where a programme version stands. {@code ENTWURF} and {@code FORTGESCHRIEBEN} (a revision of an
 * agreed version) are drafts; {@code IN_ABSTIMMUNG} is being agreed and can still be corrected;
 * {@code VEREINBART} is agreed by the Trägerversammlung (for a zkT: with the Land) and immutable.
 */
public enum ProgrammeStatus {
    ENTWURF("Entwurf"),
    FORTGESCHRIEBEN("Fortgeschrieben"),
    IN_ABSTIMMUNG("In Abstimmung"),
    VEREINBART("Vereinbart");

    private final String label;

    ProgrammeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isEditable() {
        return this != VEREINBART;
    }
}
