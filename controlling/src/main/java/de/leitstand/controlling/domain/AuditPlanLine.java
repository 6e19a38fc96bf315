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

/** One line of the yearly risk-based audit plan: a Prüffeld's risk score (1–5) and minimum cases per month. */
@Entity
@Audited("Prüfplan")
@Table(name = "controlling_audit_plan")
public class AuditPlanLine extends TenantOwnedEntity {

    @Id
    @SequenceGenerator(name = "controlling_supervision_seq", sequenceName = "controlling_supervision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_supervision_seq")
    private Long id;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "area_id", nullable = false, updatable = false)
    private Long areaId;

    @Column(name = "risk_score", nullable = false)
    private int riskScore;

    @Column(name = "min_cases_per_month", nullable = false)
    private int minCasesPerMonth;

    @Column(name = "rationale", length = 1000)
    private String rationale;

    protected AuditPlanLine() {
        // for JPA
    }

    public AuditPlanLine(AgencyNumber owner, int year, Long areaId, int riskScore, int minCasesPerMonth, String rationale) {
        super(owner);
        this.year = year;
        this.areaId = areaId;
        change(riskScore, minCasesPerMonth, rationale);
    }

    public final void change(int newRisk, int newMinimum, String newRationale) {
        this.riskScore = newRisk;
        this.minCasesPerMonth = newMinimum;
        this.rationale = newRationale;
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public Long getAreaId() { return areaId; }
    public int getRiskScore() { return riskScore; }
    public int getMinCasesPerMonth() { return minCasesPerMonth; }
    public String getRationale() { return rationale; }
}
