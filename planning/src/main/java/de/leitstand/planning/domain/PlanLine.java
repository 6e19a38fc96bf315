package de.leitstand.planning.domain;

import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How much of the Eingliederungstitel is planned for one instrument category, and for how many entries. */
@Entity
@Audited("Planzeile")
@Table(name = "planning_plan_line")
public class PlanLine extends ProgrammePart {

    @Id
    @SequenceGenerator(name = "planning_part_seq", sequenceName = "planning_part_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planning_part_seq")
    private Long id;

    @Column(name = "position", nullable = false)
    private int position;

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
        super(programme);
        this.position = position;
    }

    void update(InstrumentCategory newCategory, BigDecimal newAmount, Integer newEntries, boolean demo, String newNote) {
        this.category = newCategory;
        this.amount = newAmount;
        this.plannedEntries = newEntries;
        this.demoValue = demo;
        this.note = newNote;
    }

    /** @return amount per planned entry in euros with cents, half-up; {@code null} without entries */
    public BigDecimal averageCostPerEntry() {
        if (plannedEntries == null || plannedEntries == 0) {
            return null;
        }
        return amount.divide(BigDecimal.valueOf(plannedEntries), 2, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
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
}
