package de.leitstand.planning.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.SupervisedRecord;
import de.leitstand.kernel.api.persistence.TenantOwnedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Jobcenter's planning round of one year in the target agreement cascade (§ 48b SGB II), from the
 * planning basis its supervising level published to the concluded Zielvereinbarung. Aggregate root.
 * Invariants:
 * <ul>
 *   <li>one round per Jobcenter and year, with the level that supervises it (the Regionaldirektion of a gE,
 *       the Land of a zkT) — the level writes it too ({@link SupervisedRecord});</li>
 *   <li>the steps run BASIS_PUBLISHED → OFFER_SUBMITTED → (RENEGOTIATION_REQUESTED → OFFER_SUBMITTED)* →
 *       ACCEPTED → AGREED; any other step is refused with {@code AGREEMENT_STEP_NOT_ALLOWED};</li>
 *   <li>every step is kept in order with who, when, the figures and the reason;</li>
 *   <li>a renegotiation names its reason;</li>
 *   <li>once AGREED, nothing changes ({@code AGREEMENT_CONCLUDED}).</li>
 * </ul>
 * Who may take which step (level or Jobcenter) is the use case's rule.
 */
@Entity
@Audited("Zielvereinbarung")
@Table(name = "planning_target_agreement")
public class TargetAgreement extends TenantOwnedEntity implements SupervisedRecord, de.leitstand.kernel.api.persistence.AuditNamed {

    @Id
    @SequenceGenerator(name = "planning_agreement_seq", sequenceName = "planning_agreement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planning_agreement_seq")
    private Long id;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    /** The supervising level's key ({@code RD:<code>} or {@code LAND:<code>}) at publication. */
    @Column(name = "level_key", nullable = false, length = 60, updatable = false)
    private String level;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private AgreementStatus status;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "basis_note", length = 2000)
    private String basisNote;

    @Embedded
    private ReferenceFrame reference;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "integrations", column = @Column(name = "offer_integrations")),
        @AttributeOverride(name = "averageElb", column = @Column(name = "offer_average_elb")),
        @AttributeOverride(name = "integrationRate", column = @Column(name = "offer_rate", precision = 5, scale = 1)),
        @AttributeOverride(name = "integrationRateWomen", column = @Column(name = "offer_rate_women", precision = 5, scale = 1)),
        @AttributeOverride(name = "integrationRateMen", column = @Column(name = "offer_rate_men", precision = 5, scale = 1)),
        @AttributeOverride(name = "lzbChangePercent", column = @Column(name = "offer_lzb_change_pct", precision = 5, scale = 1))
    })
    private AgreementFigures offer;

    @Column(name = "offer_round", nullable = false)
    private int offerRound;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    /** The parties as the agreement names them, one per line. */
    @Column(name = "parties", length = 1000)
    private String parties;

    @Column(name = "programme_id")
    private Long programmeId;

    @Column(name = "programme_version_number")
    private Integer programmeVersionNumber;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgreementStep> steps = new ArrayList<>();

    protected TargetAgreement() {
        // for JPA
    }

    /** The level publishes the year's planning basis for a Jobcenter: the round starts, the offer is due. */
    public TargetAgreement(AgencyNumber agencyNumber, int year, String levelKey, LocalDate deadline,
                           ReferenceFrame reference, String note, String actor, Instant at) {
        super(agencyNumber);
        this.year = year;
        this.level = levelKey;
        this.deadline = deadline;
        this.reference = reference;
        this.basisNote = note;
        this.status = AgreementStatus.BASIS_PUBLISHED;
        this.offer = new AgreementFigures(null, null, null, null, null, null);
        record(AgreementStepKind.BASIS, actor, at, null, note);
    }

    /** The Jobcenter offers (first or revised offer). */
    public void submitOffer(AgreementFigures figures, String note, String actor, Instant at) {
        require(AgreementStatus.BASIS_PUBLISHED, AgreementStatus.RENEGOTIATION_REQUESTED);
        offer = figures;
        offerRound++;
        offeredAt = at;
        status = AgreementStatus.OFFER_SUBMITTED;
        record(AgreementStepKind.OFFER, actor, at, figures.copy(), note);
    }

    /** The level asks for a revised offer, with its reason. */
    public void requestRenegotiation(String reason, String actor, Instant at) {
        require(AgreementStatus.OFFER_SUBMITTED);
        if (reason == null || reason.isBlank()) {
            throw new de.leitstand.kernel.api.ValidationException("AGREEMENT_REASON_REQUIRED", "reason",
                    Text.of("planning.AGREEMENT_REASON_REQUIRED"));
        }
        status = AgreementStatus.RENEGOTIATION_REQUESTED;
        record(AgreementStepKind.RENEGOTIATION, actor, at, getOffer().copy(), reason);
    }

    /** The level accepts the offer as it stands. */
    public void accept(String note, String actor, Instant at) {
        require(AgreementStatus.OFFER_SUBMITTED);
        status = AgreementStatus.ACCEPTED;
        record(AgreementStepKind.ACCEPTANCE, actor, at, getOffer().copy(), note);
    }

    /** The agreement is signed: the accepted offer becomes the agreed values; from now on nothing changes. */
    public void conclude(LocalDate on, String partyLines, String actor, Instant at) {
        require(AgreementStatus.ACCEPTED);
        status = AgreementStatus.AGREED;
        concludedOn = on;
        parties = partyLines;
        record(AgreementStepKind.CONCLUSION, actor, at, getOffer().copy(), null);
    }

    /** Notes which programme version took the agreed targets. */
    public void appliedTo(Long id, int versionNumber) {
        programmeId = id;
        programmeVersionNumber = versionNumber;
    }

    private void require(AgreementStatus... allowed) {
        if (status == AgreementStatus.AGREED) {
            throw new ConflictException("AGREEMENT_CONCLUDED",
                    Text.of("planning.AGREEMENT_CONCLUDED", year));
        }
        for (AgreementStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new ConflictException("AGREEMENT_STEP_NOT_ALLOWED",
                Text.of("planning.AGREEMENT_STEP_NOT_ALLOWED", status.label()));
    }

    private void record(AgreementStepKind kind, String actor, Instant at, AgreementFigures figures, String reason) {
        steps.add(new AgreementStep(this, steps.size(), kind, actor, at, figures, reason));
    }

    /** @return whether the offer is due and the deadline has passed */
    public boolean isOverdue(LocalDate today) {
        return (status == AgreementStatus.BASIS_PUBLISHED || status == AgreementStatus.RENEGOTIATION_REQUESTED)
                && today.isAfter(deadline);
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public String getLevel() { return level; }
    public AgreementStatus getStatus() { return status; }
    public LocalDate getDeadline() { return deadline; }
    public String getBasisNote() { return basisNote; }
    public ReferenceFrame getReference() { return reference; }
    /** @return the current offer; all figures empty before the first (JPA loads an all-empty embeddable as null) */
    public AgreementFigures getOffer() { return offer == null ? new AgreementFigures(null, null, null, null, null, null) : offer; }
    public int getOfferRound() { return offerRound; }
    public Instant getOfferedAt() { return offeredAt; }
    public LocalDate getConcludedOn() { return concludedOn; }
    public String getParties() { return parties; }
    public Long getProgrammeId() { return programmeId; }
    public Integer getProgrammeVersionNumber() { return programmeVersionNumber; }
    public List<AgreementStep> getSteps() { return Collections.unmodifiableList(steps); }

    @Override
    public String auditName() {
        return "Zielvereinbarung " + year + " " + getAgencyNumber().value();
    }
}
