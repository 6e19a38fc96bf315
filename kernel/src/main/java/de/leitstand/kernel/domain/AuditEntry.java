package de.leitstand.kernel.domain;

import de.leitstand.kernel.api.persistence.NationalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One recorded change of business data. Append-only: written by the audit listener in the
 * transaction of the change itself, never updated or deleted (the entity has no setters and the
 * kernel exposes no write path).
 */
@NationalData("written by the audit listener for every change; read only through AuditTrail, which filters by the tenancy rule")
@Entity
@Table(name = "kernel_audit_entry")
public class AuditEntry {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "username", nullable = false, length = 60)
    private String username;

    @Column(name = "agency_number", length = 5)
    private String agencyNumber;

    @Column(name = "entity_type", nullable = false, length = 100)
    private String entityType;

    @Column(name = "entity_label", nullable = false, length = 100)
    private String entityLabel;

    @Column(name = "entity_id", nullable = false, length = 100)
    private String entityId;

    @Column(name = "action", nullable = false, length = 10)
    private String action;

    @Column(name = "subject", length = 300)
    private String subject;

    @Lob
    @Column(name = "changes")
    private String changes;

    protected AuditEntry() {
        // for JPA, read only
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAgencyNumber() {
        return agencyNumber;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityLabel() {
        return entityLabel;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    /** @return the record's business key in German, e.g. "03504 · Integrationen · 03.2020 · insgesamt"; may be null */
    public String getSubject() {
        return subject;
    }

    /** @return the changed fields as a JSON array of {@code {field, old, new}} */
    public String getChanges() {
        return changes;
    }
}
