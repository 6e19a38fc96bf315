package de.leitstand.planning.domain;

import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** Staff capacity (Mitarbeiterkapazitäten, MAK) of one employer in one function. */
@Entity
@Audited("Personalzeile")
@Table(name = "planning_staff_line")
public class StaffLine extends ProgrammePart implements de.leitstand.kernel.api.persistence.AuditNamed {

    @Enumerated(EnumType.STRING)
    @Column(name = "employer", nullable = false, length = 10)
    private Employer employer;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_function", nullable = false, length = 30)
    private StaffFunction function;

    @Column(name = "capacity", nullable = false, precision = 9, scale = 2)
    private BigDecimal capacity;

    protected StaffLine() {
        // for JPA
    }

    StaffLine(Programme programme, int position) {
        super(programme, position);
    }

    /** Input of a staff line. */
    public record Data(Employer employer, StaffFunction function, BigDecimal capacity) {
    }

    void update(Data d) {
        this.employer = d.employer();
        this.function = d.function();
        this.capacity = d.capacity();
    }

    /** @return this line as input, to copy it into another version */
    Data data() {
        return new Data(employer, function, capacity);
    }

    public Employer getEmployer() {
        return employer;
    }

    public StaffFunction getFunction() {
        return function;
    }

    public BigDecimal getCapacity() {
        return capacity;
    }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return de.leitstand.kernel.api.persistence.AuditRendering.text(employer) + ", " + de.leitstand.kernel.api.persistence.AuditRendering.text(function);
    }
}
