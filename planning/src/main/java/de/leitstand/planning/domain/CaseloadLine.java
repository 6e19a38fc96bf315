package de.leitstand.planning.domain;

import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Customers of an age group and the counselling staff for them: the caseload ratio against the legal reference. */
@Entity
@Audited("Betreuungsschlüssel")
@Table(name = "planning_caseload")
public class CaseloadLine extends ProgrammePart implements de.leitstand.kernel.api.persistence.AuditNamed {

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_group", nullable = false, length = 20)
    private CustomerGroup group;

    @Column(name = "customers", nullable = false)
    private int customers;

    @Column(name = "staff", nullable = false, precision = 9, scale = 2)
    private BigDecimal staff;

    protected CaseloadLine() {
        // for JPA
    }

    CaseloadLine(Programme programme, CustomerGroup group) {
        super(programme, group.ordinal());
        this.group = group;
    }

    /** Input of a caseload line. */
    public record Data(CustomerGroup group, int customers, BigDecimal staff) {
    }

    /**
     * Brings a programme's caseload lines to the input, one line per customer group: a group's line is updated in
     * place, a new group gets a line, a group no longer sent loses it, so the audit trail shows real changes.
     */
    static void sync(Programme programme, List<CaseloadLine> lines, List<Data> data) {
        List<Data> byGroup = new ArrayList<>(data);
        lines.removeIf(line -> byGroup.stream().noneMatch(d -> d.group() == line.getGroup()));
        for (Data d : byGroup) {
            CaseloadLine line = lines.stream().filter(l -> l.getGroup() == d.group()).findFirst().orElseGet(() -> {
                CaseloadLine created = new CaseloadLine(programme, d.group());
                lines.add(created);
                return created;
            });
            line.update(d);
        }
    }

    private void update(Data d) {
        this.customers = d.customers();
        this.staff = d.staff();
    }

    /** @return this line as input, to copy it into another version */
    Data data() {
        return new Data(group, customers, staff);
    }

    /** @return customers per member of staff, one decimal, half-up; {@code null} without staff */
    public BigDecimal customersPerStaff() {
        if (staff == null || staff.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(customers).divide(staff, 1, RoundingMode.HALF_UP);
    }

    /** @return whether the ratio is worse than the legal reference value */
    public boolean exceedsReference() {
        BigDecimal ratio = customersPerStaff();
        return ratio != null && ratio.compareTo(BigDecimal.valueOf(group.referenceCustomersPerStaff())) > 0;
    }

    public CustomerGroup getGroup() {
        return group;
    }

    public int getCustomers() {
        return customers;
    }

    public BigDecimal getStaff() {
        return staff;
    }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return de.leitstand.kernel.api.persistence.AuditRendering.text(group);
    }
}
