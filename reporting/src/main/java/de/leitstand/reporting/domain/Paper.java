package de.leitstand.reporting.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.InstantConverter;
import de.leitstand.kernel.api.persistence.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A committee paper. While a draft it can be changed; released, it has its Drucksachen-Nr. and its PDF and
 * never changes again; a released paper can only be withdrawn (it stays, marked as withdrawn).
 */
@Entity
@Audited("Vorlage")
@Table(name = "reporting_paper")
public class Paper extends TenantOwnedEntity implements de.leitstand.kernel.api.persistence.AuditNamed {

    /** The kinds of paper. */
    public enum Type {
        MITTEILUNGSVORLAGE("Mitteilungsvorlage"), BESCHLUSSVORLAGE("Beschlussvorlage");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() { return label; }
    }

    /** Draft or released. */
    public enum State { ENTWURF, FREIGEGEBEN }

    /** The editable content of a paper. */
    public record Content(Type type, boolean publicPaper, LocalDate date, String title, String facts, String decisionProposal,
                          String signatureRole, String signatureName, List<Consultation> consultations) {
    }

    @Id
    @SequenceGenerator(name = "reporting_paper_seq", sequenceName = "reporting_paper_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_paper_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "paper_type", nullable = false, length = 30)
    private Type type;

    @Column(name = "reference", length = 40)
    private String reference;

    @Column(name = "public_paper", nullable = false)
    private boolean publicPaper;

    @Column(name = "paper_date", nullable = false)
    private LocalDate date;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "facts", nullable = false, length = 20000)
    private String facts;

    @Column(name = "decision_proposal", length = 5000)
    private String decisionProposal;

    @Column(name = "signature_role", length = 100)
    private String signatureRole;

    @Column(name = "signature_name", nullable = false, length = 200)
    private String signatureName;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state = State.ENTWURF;

    @Convert(converter = InstantConverter.class)
    @Column(name = "released_at")
    private Instant releasedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "source_ref", length = 100, updatable = false)
    private String sourceRef;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "paper_id", nullable = false)
    @OrderBy("position")
    private List<Consultation> consultations = new ArrayList<>();

    protected Paper() {
        // for JPA
    }

    public Paper(AgencyNumber owner, Content content, String sourceRef) {
        super(owner);
        this.sourceRef = sourceRef;
        apply(content);
    }

    /** Changes a draft; a released paper refuses. */
    public void change(Content content) {
        if (state == State.FREIGEGEBEN) {
            throw new ConflictException("PAPER_RELEASED", Text.of("reporting.PAPER_RELEASED.2", reference));
        }
        apply(content);
    }

    private void apply(Content content) {
        this.type = content.type();
        this.publicPaper = content.publicPaper();
        this.date = content.date();
        this.title = content.title();
        this.facts = content.facts();
        this.decisionProposal = content.decisionProposal();
        this.signatureRole = content.signatureRole();
        this.signatureName = content.signatureName();
        this.consultations.clear();
        this.consultations.addAll(content.consultations());
    }

    /** Releases the draft with its number and PDF. */
    public void release(String newReference, Long pdfDocumentId, Instant at) {
        if (state == State.FREIGEGEBEN) {
            throw new ConflictException("PAPER_RELEASED", Text.of("reporting.PAPER_RELEASED", reference));
        }
        this.reference = newReference;
        this.documentId = pdfDocumentId;
        this.releasedAt = at;
        this.state = State.FREIGEGEBEN;
    }

    /** Withdraws a released paper: it stays in the history, and OParl publishes it as deleted from now on. */
    public void withdraw(Instant at) {
        if (state != State.FREIGEGEBEN) {
            throw new ConflictException("PAPER_NOT_RELEASED", Text.of("reporting.PAPER_NOT_RELEASED"));
        }
        if (withdrawnAt != null) {
            throw new ConflictException("PAPER_WITHDRAWN", Text.of("reporting.PAPER_WITHDRAWN", reference));
        }
        this.withdrawnAt = at;
    }

    public Long getId() { return id; }
    public Type getType() { return type; }
    public String getReference() { return reference; }
    public boolean isPublicPaper() { return publicPaper; }
    public LocalDate getDate() { return date; }
    public String getTitle() { return title; }
    public String getFacts() { return facts; }
    public String getDecisionProposal() { return decisionProposal; }
    public String getSignatureRole() { return signatureRole; }
    public String getSignatureName() { return signatureName; }
    public State getState() { return state; }
    public Instant getReleasedAt() { return releasedAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public Long getDocumentId() { return documentId; }
    public String getSourceRef() { return sourceRef; }
    public List<Consultation> getConsultations() { return List.copyOf(consultations); }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return (reference == null ? "Entwurf" : reference) + " " + title;
    }
}
