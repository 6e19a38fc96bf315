package de.leitstand.programmes.domain;

import de.leitstand.kernel.api.persistence.PartOf;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.OwnedByJobcenter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A Jobcenter's membership in a pact from its join date to its leave date (open while a member). */
@PartOf(Pact.class)
@Entity
@Audited("Paktmitgliedschaft")
@Table(name = "programmes_membership")
public class PactMembership implements de.leitstand.kernel.api.persistence.AuditNamed, OwnedByJobcenter {

    @Id
    @SequenceGenerator(name = "programmes_seq", sequenceName = "programmes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programmes_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pact_id", nullable = false, updatable = false)
    private Pact pact;

    @Column(name = "agency_number", nullable = false, length = 5, updatable = false)
    private String agencyNumber;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected PactMembership() {
        // for JPA
    }

    PactMembership(Pact pact, AgencyNumber agencyNumber, LocalDate joinedOn) {
        this.pact = pact;
        this.agencyNumber = agencyNumber.value();
        this.joinedOn = joinedOn;
    }

    void leave(LocalDate date) {
        this.leftOn = date;
    }

    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(joinedOn) && (leftOn == null || date.isBefore(leftOn));
    }

    /** @return whether the membership covers at least one day of the year */
    public boolean coversYear(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        return !joinedOn.isAfter(end) && (leftOn == null || leftOn.isAfter(start));
    }

    public Long getId() { return id; }

    @Override
    public AgencyNumber getAgencyNumber() { return new AgencyNumber(agencyNumber); }

    public LocalDate getJoinedOn() { return joinedOn; }
    public LocalDate getLeftOn() { return leftOn; }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return "Jobcenter " + agencyNumber + " ab " + de.leitstand.kernel.api.persistence.AuditRendering.text(joinedOn);
    }
}
