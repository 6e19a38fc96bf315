package de.leitstand.planning.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.OwnedByJobcenter;
import de.leitstand.kernel.api.persistence.PartOf;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of a planning round as it happened: who, when, which figures, which reason. Never changes. */
@PartOf(TargetAgreement.class)
@Entity
@Audited("Schritt der Zielvereinbarung")
@Table(name = "planning_agreement_step")
public class AgreementStep implements OwnedByJobcenter, de.leitstand.kernel.api.persistence.AuditNamed {

    @Id
    @SequenceGenerator(name = "planning_agreement_step_seq", sequenceName = "planning_agreement_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planning_agreement_step_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private TargetAgreement agreement;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private AgreementStepKind kind;

    @Column(name = "actor", nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Embedded
    private AgreementFigures figures;

    @Column(name = "reason", length = 2000, updatable = false)
    private String reason;

    protected AgreementStep() {
        // for JPA
    }

    AgreementStep(TargetAgreement agreement, int position, AgreementStepKind kind, String actor, Instant occurredAt,
                  AgreementFigures figures, String reason) {
        this.agreement = agreement;
        this.position = position;
        this.kind = kind;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.figures = figures == null ? new AgreementFigures(null, null, null, null, null, null) : figures;
        this.reason = reason;
    }

    @Override
    public AgencyNumber getAgencyNumber() {
        return agreement.getAgencyNumber();
    }

    @Override
    public String auditName() {
        return kind.label() + " " + (position + 1);
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public AgreementStepKind getKind() { return kind; }
    public String getActor() { return actor; }
    public Instant getOccurredAt() { return occurredAt; }
    /** @return the step's figures; all empty for the basis (JPA loads an all-empty embeddable as null) */
    public AgreementFigures getFigures() { return figures == null ? new AgreementFigures(null, null, null, null, null, null) : figures; }
    public String getReason() { return reason; }
}
