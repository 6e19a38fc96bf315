package de.leitstand.web.planning;

import de.leitstand.planning.api.ProgrammeInputs;
import de.leitstand.planning.api.ProgrammeView;

import java.io.Serializable;
import java.math.BigDecimal;

/** A plan line as an editable row of the "Budget" tab. */
public class BudgetPlanLineRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String category;
    private BigDecimal amount;
    private Integer plannedEntries;
    private boolean demoValue;
    private String note;

    static BudgetPlanLineRow of(ProgrammeView.PlanLineView view) {
        BudgetPlanLineRow row = new BudgetPlanLineRow();
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
