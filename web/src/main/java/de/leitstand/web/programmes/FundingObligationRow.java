package de.leitstand.web.programmes;

import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeViews;

import java.io.Serializable;
import java.time.LocalDate;

/** A funding programme's reporting obligation as an editable row of its form. */
public class FundingObligationRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String title;
    private LocalDate dueDate;
    private boolean done;

    static FundingObligationRow of(ProgrammeViews.ObligationView v) {
        FundingObligationRow row = new FundingObligationRow();
        row.title = v.title();
        row.dueDate = v.dueDate();
        row.done = v.done();
        return row;
    }

    ProgrammeInputs.Obligation toInput() {
        return new ProgrammeInputs.Obligation(title, dueDate, done);
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate v) { dueDate = v; }
    public boolean isDone() { return done; }
    public void setDone(boolean v) { done = v; }
}
