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

/** Staff capacity (Mitarbeiterkapazitäten, MAK) of one employer in one function. */
@Entity
@Audited("Personalzeile")
@Table(name = "planning_staff_line")
public class StaffLine extends ProgrammePart {

    @Id
    @SequenceGenerator(name = "planning_part_seq", sequenceName = "planning_part_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planning_part_seq")
    private Long id;

    @Column(name = "position", nullable = false)
    private int position;

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
        super(programme);
        this.position = position;
    }

    void update(Employer newEmployer, StaffFunction newFunction, BigDecimal newCapacity) {
        this.employer = newEmployer;
        this.function = newFunction;
        this.capacity = newCapacity;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
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
}
