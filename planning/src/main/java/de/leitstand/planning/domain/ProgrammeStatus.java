package de.leitstand.planning.domain;

import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.Text;

/**
 * Where a programme version stands. {@code ENTWURF} and {@code FORTGESCHRIEBEN} (a revision of an
 * agreed version) are drafts; {@code IN_ABSTIMMUNG} is being agreed and can still be corrected;
 * {@code VEREINBART} is agreed by the Trägerversammlung (for a zkT: with the Land) and immutable. The transitions
 * ENTWURF/FORTGESCHRIEBEN → IN_ABSTIMMUNG → VEREINBART (and back from IN_ABSTIMMUNG to the draft) are here.
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

    /** @throws ProgrammeLockedException when agreed: an agreed version never changes */
    void requireEditable() {
        if (!isEditable()) {
            throw new ProgrammeLockedException();
        }
    }

    /** @return the status after submitting for agreement; refused when agreed or already submitted */
    ProgrammeStatus submit() {
        requireEditable();
        if (this == IN_ABSTIMMUNG) {
            throw new ConflictException("PROGRAMME_ALREADY_SUBMITTED", Text.of("planning.PROGRAMME_ALREADY_SUBMITTED"));
        }
        return IN_ABSTIMMUNG;
    }

    /** @return the draft status again (a revision's: FORTGESCHRIEBEN); refused unless submitted */
    ProgrammeStatus returnToDraft(boolean revision) {
        if (this != IN_ABSTIMMUNG) {
            throw new ConflictException("PROGRAMME_NOT_SUBMITTED", Text.of("planning.PROGRAMME_NOT_SUBMITTED"));
        }
        return revision ? FORTGESCHRIEBEN : ENTWURF;
    }

    /** @return the agreed status; refused unless submitted */
    ProgrammeStatus agree() {
        if (this != IN_ABSTIMMUNG) {
            throw new ConflictException("PROGRAMME_NOT_SUBMITTED", Text.of("planning.PROGRAMME_NOT_SUBMITTED_TO_AGREE"));
        }
        return VEREINBART;
    }
}
