package de.leitstand.planning.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A team's integration offer (Zielwertangebot) for a year. Invariants: one offer per team and year;
 * while {@link OfferDecision#OFFEN} the team may change it; once the Geschäftsführung has accepted or
 * adjusted it, the decided value counts and the team can no longer change it.
 */
@Entity
@Audited("Zielwertangebot")
@Table(name = "planning_team_offer")
public class TeamOffer extends TenantOwnedEntity {

    @Id
    @SequenceGenerator(name = "planning_offer_seq", sequenceName = "planning_offer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planning_offer_seq")
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "offered_integrations", nullable = false)
    private int offeredIntegrations;

    @Column(name = "note", length = 1000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 20)
    private OfferDecision decision = OfferDecision.OFFEN;

    @Column(name = "agreed_integrations")
    private Integer agreedIntegrations;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected TeamOffer() {
        // for JPA
    }

    public TeamOffer(AgencyNumber agencyNumber, Long teamId, int year, int offeredIntegrations, String note) {
        super(agencyNumber);
        this.teamId = teamId;
        this.year = year;
        this.offeredIntegrations = offeredIntegrations;
        this.note = note;
    }

    public void changeOffer(int offered, String newNote) {
        if (decision != OfferDecision.OFFEN) {
            throw new ConflictException("OFFER_DECIDED",
                    Text.of("planning.OFFER_DECIDED"));
        }
        this.offeredIntegrations = offered;
        this.note = newNote;
    }

    /** Accepts the offer as it is, or adjusts it to another value. */
    public void decide(OfferDecision newDecision, Integer adjusted, String by) {
        if (newDecision == OfferDecision.OFFEN) {
            throw new IllegalArgumentException("a decision is ANGENOMMEN or ANGEPASST");
        }
        this.decision = newDecision;
        this.agreedIntegrations = newDecision == OfferDecision.ANGENOMMEN ? offeredIntegrations : adjusted;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    /** @return what counts for the Jobcenter's sum: the decided value, else the offer */
    public int effectiveIntegrations() {
        return agreedIntegrations != null ? agreedIntegrations : offeredIntegrations;
    }

    public Long getId() { return id; }
    public Long getTeamId() { return teamId; }
    public int getYear() { return year; }
    public int getOfferedIntegrations() { return offeredIntegrations; }
    public String getNote() { return note; }
    public OfferDecision getDecision() { return decision; }
    public Integer getAgreedIntegrations() { return agreedIntegrations; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
