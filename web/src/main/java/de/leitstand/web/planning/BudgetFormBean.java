package de.leitstand.web.planning;

import de.leitstand.planning.api.ProgrammeInputs;
import de.leitstand.planning.api.ProgrammeView;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The "Budget" tab: titles, transfers, plan lines and spending profile, with totals that follow the input. */
@Named
@ViewScoped
public class BudgetFormBean extends ProgrammeTabForm {

    private static final long serialVersionUID = 1L;

    private BigDecimal administrationPrevious;
    private BigDecimal administrationCurrent;
    private BigDecimal integrationPrevious;
    private BigDecimal integrationCurrent;
    private String kind;
    private LocalDate stand;
    private List<TransferRow> transfers = new ArrayList<>();
    private List<PlanLineRow> planLines = new ArrayList<>();
    private List<MonthValue> spending = new ArrayList<>();
    private ProgrammeView.Budget derived;

    @Override
    protected void fill(ProgrammeView programme) {
        var b = programme.budget();
        administrationPrevious = b.rows().get(0).previous();
        administrationCurrent = b.rows().get(0).current();
        integrationPrevious = b.rows().get(1).previous();
        integrationCurrent = b.rows().get(1).current();
        kind = b.kind();
        stand = b.stand();
        transfers = new ArrayList<>(b.transfers().stream().map(TransferRow::of).toList());
        planLines = new ArrayList<>(b.planLines().stream().map(PlanLineRow::of).toList());
        spending = MonthValue.of(b.spendingProfile());
        derived = b;
    }

    private ProgrammeInputs.Budget input() {
        List<BigDecimal> profile = spending.stream().allMatch(m -> m.getValue() == null) ? List.of()
                : spending.stream().map(m -> m.getValue() == null ? BigDecimal.ZERO : m.getValue()).toList();
        return new ProgrammeInputs.Budget(administrationPrevious, administrationCurrent, integrationPrevious,
                integrationCurrent, kind, stand, transfers.stream().map(TransferRow::toInput).toList(),
                planLines.stream().map(PlanLineRow::toInput).toList(), profile, editor.version());
    }

    /** Recomputes differences, shares and totals from what is typed, without saving. */
    public void recalculate() {
        UiErrors.attempt(() -> derived = planning.previewBudget(editor.getId(), input()));
    }

    public void save() {
        save(() -> planning.changeBudget(editor.getId(), input()), "notice.programme.budgetSaved");
    }

    public void addTransfer() {
        TransferRow row = new TransferRow();
        row.setDate(LocalDate.now());
        transfers.add(row);
    }

    public void removeTransfer(TransferRow row) {
        transfers.remove(row);
        recalculate();
    }

    public void addPlanLine() {
        planLines.add(new PlanLineRow());
    }

    public void removePlanLine(PlanLineRow row) {
        planLines.remove(row);
        recalculate();
    }

    /** @return the derived view of the plan line at this position (share, average cost) */
    public ProgrammeView.PlanLineView derivedLine(int index) {
        return derived != null && index < derived.planLines().size() ? derived.planLines().get(index) : null;
    }

    public ProgrammeView.Budget getDerived() { return derived; }
    public BigDecimal getAdministrationPrevious() { return administrationPrevious; }
    public void setAdministrationPrevious(BigDecimal v) { administrationPrevious = v; }
    public BigDecimal getAdministrationCurrent() { return administrationCurrent; }
    public void setAdministrationCurrent(BigDecimal v) { administrationCurrent = v; }
    public BigDecimal getIntegrationPrevious() { return integrationPrevious; }
    public void setIntegrationPrevious(BigDecimal v) { integrationPrevious = v; }
    public BigDecimal getIntegrationCurrent() { return integrationCurrent; }
    public void setIntegrationCurrent(BigDecimal v) { integrationCurrent = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public LocalDate getStand() { return stand; }
    public void setStand(LocalDate v) { stand = v; }
    public List<TransferRow> getTransfers() { return transfers; }
    public List<PlanLineRow> getPlanLines() { return planLines; }
    public List<MonthValue> getSpending() { return spending; }

    /** A transfer EGL → VK as an editable row. */
    public static class TransferRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate date;
        private BigDecimal amount;
        private String note;

        static TransferRow of(ProgrammeView.TransferView view) {
            TransferRow row = new TransferRow();
            row.date = view.date();
            row.amount = view.amount();
            row.note = view.note();
            return row;
        }

        ProgrammeInputs.Transfer toInput() {
            return new ProgrammeInputs.Transfer(date, amount, note);
        }

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate v) { date = v; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal v) { amount = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    /** A plan line as an editable row. */
    public static class PlanLineRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String category;
        private BigDecimal amount;
        private Integer plannedEntries;
        private boolean demoValue;
        private String note;

        static PlanLineRow of(ProgrammeView.PlanLineView view) {
            PlanLineRow row = new PlanLineRow();
            row.category = view.category();
            row.amount = view.amount();
            row.plannedEntries = view.plannedEntries();
            row.demoValue = view.demoValue();
            row.note = view.note();
            return row;
        }

        ProgrammeInputs.PlanLine toInput() {
            return new ProgrammeInputs.PlanLine(category, amount, plannedEntries, demoValue, note);
        }

        public String getCategory() { return category; }
        public void setCategory(String v) { category = v; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal v) { amount = v; }
        public Integer getPlannedEntries() { return plannedEntries; }
        public void setPlannedEntries(Integer v) { plannedEntries = v; }
        public boolean isDemoValue() { return demoValue; }
        public void setDemoValue(boolean v) { demoValue = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }
}
