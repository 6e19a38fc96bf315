package de.leitstand.web.planning;

import de.leitstand.planning.api.ProgrammeInputs;
import de.leitstand.planning.api.ProgrammeView;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

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
    private List<BudgetTransferRow> transfers = new ArrayList<>();
    private List<BudgetPlanLineRow> planLines = new ArrayList<>();
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
        transfers = new ArrayList<>(b.transfers().stream().map(BudgetTransferRow::of).toList());
        planLines = new ArrayList<>(b.planLines().stream().map(BudgetPlanLineRow::of).toList());
        spending = MonthValue.of(b.spendingProfile());
        derived = b;
    }

    private ProgrammeInputs.Budget input() {
        List<BigDecimal> profile = spending.stream().allMatch(m -> m.getValue() == null) ? List.of()
                : spending.stream().map(m -> m.getValue() == null ? BigDecimal.ZERO : m.getValue()).toList();
        return new ProgrammeInputs.Budget(administrationPrevious, administrationCurrent, integrationPrevious,
                integrationCurrent, kind, stand, transfers.stream().map(BudgetTransferRow::toInput).toList(),
                planLines.stream().map(BudgetPlanLineRow::toInput).toList(), profile, editor.version());
    }

    /** Recomputes differences, shares and totals from what is typed, without saving. */
    public void recalculate() {
        UiErrors.attempt(() -> derived = planning.previewBudget(editor.getId(), input()));
    }

    public void save() {
        save(() -> planning.changeBudget(editor.getId(), input()), "notice.programme.budgetSaved");
    }

    public void addTransfer() {
        BudgetTransferRow row = new BudgetTransferRow();
        row.setDate(LocalDate.now());
        transfers.add(row);
    }

    public void removeTransfer(BudgetTransferRow row) {
        transfers.remove(row);
        recalculate();
    }

    public void addPlanLine() {
        planLines.add(new BudgetPlanLineRow());
    }

    public void removePlanLine(BudgetPlanLineRow row) {
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
    public List<BudgetTransferRow> getTransfers() { return transfers; }
    public List<BudgetPlanLineRow> getPlanLines() { return planLines; }
    public List<MonthValue> getSpending() { return spending; }
}
