package de.leitstand.programmes.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.InstantConverter;
import de.leitstand.kernel.api.persistence.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * A Jobcenter's proposal to change a shared record (funding programme, organisation) that another
 * Jobcenter or ADMIN created. Aggregate root. Invariants: the proposal names the record's version it
 * was made against and the complete new content; it is decided once (accepted or rejected, with a
 * reason for a rejection) by whoever may change the record; the proposer and the record's creator
 * read it.
 */
@Entity
@Audited("Änderungsvorschlag")
@Table(name = "programmes_proposal")
public class ChangeProposal implements de.leitstand.kernel.api.persistence.AuditNamed, TenantScoped {

    /** The kinds of shared record a proposal can be about. */
    public enum Subject { FOERDERPROGRAMM, ORGANISATION }

    /** Where a proposal stands. */
    public enum Status { OFFEN, ANGENOMMEN, ABGELEHNT }

    @Id
    @SequenceGenerator(name = "programmes_seq", sequenceName = "programmes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programmes_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 20, updatable = false)
    private Subject subject;

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Column(name = "record_version", nullable = false, updatable = false)
    private long recordVersion;

    @Column(name = "proposed_by_agency", nullable = false, length = 5, updatable = false)
    private String proposedBy;

    /** The record's creator, who decides; {@code null}: ADMIN decides. */
    @Column(name = "addressed_to_agency", length = 5, updatable = false)
    private String addressedTo;

    /** The proposed content as JSON of the record's input. */
    @Column(name = "content", nullable = false, length = 20000, updatable = false)
    private String content;

    @Column(name = "summary", nullable = false, length = 300, updatable = false)
    private String summary;

    @Convert(converter = InstantConverter.class)
    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status = Status.OFFEN;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ChangeProposal() {
        // for JPA
    }

    public ChangeProposal(Subject subject, long recordId, long recordVersion, AgencyNumber proposedBy, AgencyNumber addressedTo,
                          String content, String summary, Instant proposedAt) {
        this.subject = subject;
        this.recordId = recordId;
        this.recordVersion = recordVersion;
        this.proposedBy = proposedBy.value();
        this.addressedTo = addressedTo == null ? null : addressedTo.value();
        this.content = content;
        this.summary = summary;
        this.proposedAt = proposedAt;
    }

    /** Marks the proposal accepted; the caller has applied its content to the record. */
    public void accept(Instant when) {
        requireOpen();
        this.status = Status.ANGENOMMEN;
        this.decidedAt = when;
    }

    public void reject(String reason, Instant when) {
        requireOpen();
        this.status = Status.ABGELEHNT;
        this.decisionReason = reason;
        this.decidedAt = when;
    }

    private void requireOpen() {
        if (status != Status.OFFEN) {
            throw new ConflictException("PROPOSAL_DECIDED", Text.of("programmes.PROPOSAL_DECIDED"));
        }
    }

    @Override
    public String auditName() {
        return summary + " · von " + proposedBy;
    }

    /** The proposing Jobcenter owns the proposal. */
    @Override
    public AgencyNumber getAgencyNumber() {
        return new AgencyNumber(proposedBy);
    }

    @Override
    public Collection<AgencyNumber> readers() {
        return Arrays.asList(getAgencyNumber(), getAddressedTo());
    }

    /** The proposer writes it, the addressee decides it. */
    @Override
    public Collection<AgencyNumber> writers() {
        return readers().stream().filter(Objects::nonNull).toList();
    }

    public Long getId() { return id; }

    public Subject getSubject() { return subject; }

    public Long getRecordId() { return recordId; }

    public long getRecordVersion() { return recordVersion; }

    public AgencyNumber getAddressedTo() { return addressedTo == null ? null : new AgencyNumber(addressedTo); }

    public String getContent() { return content; }

    public String getSummary() { return summary; }

    public Instant getProposedAt() { return proposedAt; }

    public Status getStatus() { return status; }

    public String getDecisionReason() { return decisionReason; }

    public Instant getDecidedAt() { return decidedAt; }

    public long getVersion() { return version; }
}
