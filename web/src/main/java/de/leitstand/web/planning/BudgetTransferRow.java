package de.leitstand.web.planning;

import de.leitstand.planning.api.ProgrammeInputs;
import de.leitstand.planning.api.ProgrammeView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A transfer EGL → VK as an editable row of the "Budget" tab. */
public class BudgetTransferRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private LocalDate date;
    private BigDecimal amount;
    private String note;

    static BudgetTransferRow of(ProgrammeView.TransferView view) {
        BudgetTransferRow row = new BudgetTransferRow();
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
