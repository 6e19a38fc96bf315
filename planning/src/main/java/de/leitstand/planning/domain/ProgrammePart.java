package de.leitstand.planning.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.OwnedByJobcenter;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A part of a programme version (a plan line, a goal, a chapter …): it lives and dies with its
 * programme and is filed in the audit trail under the programme's Jobcenter.
 */
@MappedSuperclass
public abstract class ProgrammePart implements OwnedByJobcenter {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private Programme programme;

    protected ProgrammePart() {
        // for JPA
    }

    protected ProgrammePart(Programme programme) {
        this.programme = programme;
    }

    @Override
    public AgencyNumber getAgencyNumber() {
        return programme.getAgencyNumber();
    }

    protected Programme programme() {
        return programme;
    }
}
