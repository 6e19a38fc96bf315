package de.leitstand.web.planning;

import de.leitstand.planning.api.ProgrammeInputs;
import de.leitstand.planning.api.ProgrammeView;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The "Personal" tab: staff capacity by employer and function, caseload ratios against the legal reference. */
@Named
@ViewScoped
public class StaffFormBean extends ProgrammeTabForm {

    private static final long serialVersionUID = 1L;

    private List<StaffRow> lines = new ArrayList<>();
    private List<CaseloadRow> caseload = new ArrayList<>();
    private ProgrammeView.Staff derived;

    @Override
    protected void fill(ProgrammeView programme) {
        var staff = programme.staff();
        lines = new ArrayList<>(staff.lines().stream().map(l -> new StaffRow(l.employer(), l.function(), l.capacity())).toList());
        caseload = new ArrayList<>();
        for (String group : new String[]{"UNDER_25", "FROM_25"}) {
            var existing = staff.caseload().stream().filter(c -> c.group().equals(group)).findFirst();
            caseload.add(new CaseloadRow(group, existing.map(ProgrammeView.CaseloadView::customers).orElse(null),
                    existing.map(ProgrammeView.CaseloadView::staff).orElse(null)));
        }
        derived = staff;
    }

    private ProgrammeInputs.Staff input() {
        return new ProgrammeInputs.Staff(lines.stream().map(l -> new ProgrammeInputs.StaffLine(l.getEmployer(),
                        l.getFunction(), l.getCapacity())).toList(),
                caseload.stream().filter(c -> c.getCustomers() != null && c.getStaff() != null)
                        .map(c -> new ProgrammeInputs.Caseload(c.getGroup(), c.getCustomers(), c.getStaff())).toList(),
                editor.version());
    }

    public void recalculate() {
        UiErrors.attempt(() -> derived = planning.previewStaff(editor.getId(), input()));
    }

    public void save() {
        save(() -> planning.changeStaff(editor.getId(), input()), "notice.programme.staffSaved");
    }

    public void addLine() {
        lines.add(new StaffRow("BA", "MARKT_INTEGRATION", null));
    }

    public void removeLine(StaffRow row) {
        lines.remove(row);
        recalculate();
    }

    public ProgrammeView.Staff getDerived() { return derived; }
    public List<StaffRow> getLines() { return lines; }
    public List<CaseloadRow> getCaseload() { return caseload; }

    /** A staff line as an editable row. */
    public static class StaffRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String employer;
        private String function;
        private BigDecimal capacity;

        StaffRow(String employer, String function, BigDecimal capacity) {
            this.employer = employer;
            this.function = function;
            this.capacity = capacity;
        }

        public String getEmployer() { return employer; }
        public void setEmployer(String v) { employer = v; }
        public String getFunction() { return function; }
        public void setFunction(String v) { function = v; }
        public BigDecimal getCapacity() { return capacity; }
        public void setCapacity(BigDecimal v) { capacity = v; }
    }

    /** Customers and counselling staff of an age group. */
    public static class CaseloadRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String group;
        private Integer customers;
        private BigDecimal staff;

        CaseloadRow(String group, Integer customers, BigDecimal staff) {
            this.group = group;
            this.customers = customers;
            this.staff = staff;
        }

        public String getGroup() { return group; }
        public Integer getCustomers() { return customers; }
        public void setCustomers(Integer v) { customers = v; }
        public BigDecimal getStaff() { return staff; }
        public void setStaff(BigDecimal v) { staff = v; }
    }
}
