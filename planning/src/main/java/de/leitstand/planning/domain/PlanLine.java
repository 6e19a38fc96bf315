package de.leitstand.planning.domain;

import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How much of the Eingliederungstitel is planned for one instrument category, and for how many entries. */
@Entity
@Audited("Planzeile")
@Table(name = "planning_plan_line")
public class PlanLine extends ProgrammePart implements de.leitstand.kernel.api.persistence.AuditNamed {

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private InstrumentCategory category;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "planned_entries")
    private Integer plannedEntries;

    @Column(name = "demo_value", nullable = false)
    private boolean demoValue;

    @Column(name = "note", length = 500)
    private String note;

    protected PlanLine() {
        // for JPA
    }

    PlanLine(Programme programme, int position) {
        super(programme, position);
    }

    /** Input of a plan line. */
    public record Data(InstrumentCategory category, BigDecimal amount, Integer plannedEntries, boolean demoValue, String note) {
    }

    void update(Data d) {
        this.category = d.category();
        this.amount = d.amount();
        this.plannedEntries = d.plannedEntries();
        this.demoValue = d.demoValue();
        this.note = d.note();
    }

    /** @return this line as input, to copy it into another version */
    Data data() {
        return new Data(category, amount, plannedEntries, demoValue, note);
    }

    /** @return amount per planned entry in euros with cents, half-up; {@code null} without entries */
    public BigDecimal averageCostPerEntry() {
        if (plannedEntries == null || plannedEntries == 0) {
            return null;
        }
        return amount.divide(BigDecimal.valueOf(plannedEntries), 2, RoundingMode.HALF_UP);
    }

    public InstrumentCategory getCategory() {
        return category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Integer getPlannedEntries() {
        return plannedEntries;
    }

    public boolean isDemoValue() {
        return demoValue;
    }

    public String getNote() {
        return note;
    }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return de.leitstand.kernel.api.persistence.AuditRendering.text(category);
    }
}
