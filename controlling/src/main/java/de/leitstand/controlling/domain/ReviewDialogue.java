package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.SupervisedRecord;
import de.leitstand.kernel.api.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import de.leitstand.kernel.api.persistence.YearMonthConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A target review dialogue (Zielnachhaltedialog): when it was held, who took part, the assessment, and a
 * snapshot of the Kennzahlen discussed as they were that day (later revisions do not change it). A dialogue
 * held with the supervising level (its Regionaldirektion or Land) names the level; the level records it and
 * the steering actions agreed in it ({@link SupervisedRecord}).
 */
@Entity
@Audited("Zielnachhaltedialog")
@Table(name = "controlling_review")
public class ReviewDialogue extends TenantOwnedEntity implements SupervisedRecord {

    @Id
    @SequenceGenerator(name = "controlling_steering_seq", sequenceName = "controlling_steering_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_steering_seq")
    private Long id;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "figures_month", nullable = false, updatable = false)
    private YearMonth figuresMonth;

    @Column(name = "participants", nullable = false, length = 1000)
    private String participants;

    @Column(name = "assessment", nullable = false, length = 4000)
    private String assessment;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    /** The supervising level that held the dialogue with the Jobcenter ("Regionaldirektion Berlin-Brandenburg"), else null. */
    @Column(name = "level_participant", length = 100, updatable = false)
    private String levelParticipant;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "review_id", nullable = false)
    @OrderBy("code")
    private List<ReviewKpi> kpis = new ArrayList<>();

    protected ReviewDialogue() {
        // for JPA
    }

    public ReviewDialogue(AgencyNumber owner, LocalDate heldOn, YearMonth figuresMonth, String participants, String assessment,
                          String recordedBy, String levelParticipant, List<ReviewKpi> snapshot) {
        super(owner);
        this.levelParticipant = levelParticipant;
        this.heldOn = heldOn;
        this.figuresMonth = figuresMonth;
        this.participants = participants;
        this.assessment = assessment;
        this.recordedBy = recordedBy;
        this.kpis.addAll(snapshot);
    }

    public Long getId() { return id; }
    public LocalDate getHeldOn() { return heldOn; }
    public YearMonth getFiguresMonth() { return figuresMonth; }
    public String getParticipants() { return participants; }
    public String getAssessment() { return assessment; }
    public String getRecordedBy() { return recordedBy; }
    public String getLevelParticipant() { return levelParticipant; }
    public List<ReviewKpi> getKpis() { return List.copyOf(kpis); }
}
