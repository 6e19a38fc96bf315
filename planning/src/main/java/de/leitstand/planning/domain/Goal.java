package de.leitstand.planning.domain;

import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A local or municipal goal: an indicator and a target that is either a number with unit and
 * comparator ("&lt; 5 %") or a text; optionally linked to a KPI code so controlling can track it.
 */
@Entity
@Audited("Ziel")
@Table(name = "planning_goal")
public class Goal extends ProgrammePart implements de.leitstand.kernel.api.persistence.AuditNamed {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private GoalKind kind;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "indicator", nullable = false, length = 1000)
    private String indicator;

    @Enumerated(EnumType.STRING)
    @Column(name = "comparator", length = 2)
    private Comparator comparator;

    @Column(name = "target_number", precision = 15, scale = 2)
    private BigDecimal targetNumber;

    @Column(name = "target_unit", length = 20)
    private String targetUnit;

    @Column(name = "target_text", length = 1000)
    private String targetText;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private GoalStatus status;

    @Column(name = "kpi_code", length = 30)
    private String kpiCode;

    protected Goal() {
        // for JPA
    }

    Goal(Programme programme, int position) {
        super(programme, position);
    }

    /** Input of a goal. */
    public record Data(GoalKind kind, String title, String indicator, Comparator comparator, BigDecimal targetNumber,
                       String targetUnit, String targetText, GoalStatus status, String kpiCode) {

        /** @return the same goal with another status */
        public Data withStatus(GoalStatus newStatus) {
            return new Data(kind, title, indicator, comparator, targetNumber, targetUnit, targetText, newStatus, kpiCode);
        }
    }

    void update(Data d) {
        this.kind = d.kind();
        this.title = d.title();
        this.indicator = d.indicator();
        this.comparator = d.comparator();
        this.targetNumber = d.targetNumber();
        this.targetUnit = d.targetUnit();
        this.targetText = d.targetText();
        this.status = d.status();
        this.kpiCode = d.kpiCode();
    }

    /** @return this goal as input, to copy it into another version */
    Data data() {
        return new Data(kind, title, indicator, comparator, targetNumber, targetUnit, targetText, status, kpiCode);
    }

    public GoalKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getIndicator() { return indicator; }
    public Comparator getComparator() { return comparator; }
    public BigDecimal getTargetNumber() { return targetNumber; }
    public String getTargetUnit() { return targetUnit; }
    public String getTargetText() { return targetText; }
    public GoalStatus getStatus() { return status; }
    public String getKpiCode() { return kpiCode; }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return de.leitstand.kernel.api.persistence.AuditRendering.text(kind) + ": " + title;
    }
}
