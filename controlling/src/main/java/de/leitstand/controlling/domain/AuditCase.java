package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One audited case. The case is named only by a pseudonymised reference (e.g. a BG number), never by a
 * person's name; an error carries its type and financial impact.
 */
@Entity
@Audited("Prüffall")
@Table(name = "controlling_audit_case")
public class AuditCase extends TenantOwnedEntity {

    @Id
    @SequenceGenerator(name = "controlling_supervision_seq", sequenceName = "controlling_supervision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_supervision_seq")
    private Long id;

    @Column(name = "audit_date", nullable = false)
    private LocalDate date;

    @Column(name = "area_id", nullable = false)
    private Long areaId;

    @Column(name = "team", nullable = false, length = 100)
    private String team;

    @Column(name = "auditor", nullable = false, length = 100)
    private String auditor;

    @Column(name = "case_reference", nullable = false, length = 30)
    private String caseReference;

    @Column(name = "faulty", nullable = false)
    private boolean faulty;

    @Column(name = "error_type", length = 200)
    private String errorType;

    @Column(name = "financial_impact", precision = 12, scale = 2)
    private BigDecimal financialImpact;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    protected AuditCase() {
        // for JPA
    }

    public AuditCase(AgencyNumber owner, LocalDate date, Long areaId, String team, String auditor, String caseReference,
                     boolean faulty, String errorType, BigDecimal financialImpact, String recordedBy) {
        super(owner);
        this.date = date;
        this.areaId = areaId;
        this.team = team;
        this.auditor = auditor;
        this.caseReference = caseReference;
        this.faulty = faulty;
        this.errorType = faulty ? errorType : null;
        this.financialImpact = faulty ? financialImpact : null;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public LocalDate getDate() { return date; }
    public Long getAreaId() { return areaId; }
    public String getTeam() { return team; }
    public String getAuditor() { return auditor; }
    public String getCaseReference() { return caseReference; }
    public boolean isFaulty() { return faulty; }
    public String getErrorType() { return errorType; }
    public BigDecimal getFinancialImpact() { return financialImpact; }
    public String getRecordedBy() { return recordedBy; }
}
