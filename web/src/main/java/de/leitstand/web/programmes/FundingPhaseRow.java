package de.leitstand.web.programmes;

import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeViews;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A funding programme's phase as an editable row of its form. */
public class FundingPhaseRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private int number;
    private LocalDate from;
    private LocalDate to;
    private BigDecimal budget;
    private String rules;
    private Integer pactsNationwide;

    static FundingPhaseRow of(ProgrammeViews.PhaseView v) {
        FundingPhaseRow row = new FundingPhaseRow();
        row.number = v.number();
        row.from = v.from();
        row.to = v.to();
        row.budget = v.budget();
        row.rules = v.rules();
        row.pactsNationwide = v.pactsNationwide();
        return row;
    }

    ProgrammeInputs.Phase toInput() {
        return new ProgrammeInputs.Phase(number, from, to, budget, rules, pactsNationwide);
    }

    public int getNumber() { return number; }
    public void setNumber(int v) { number = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal v) { budget = v; }
    public String getRules() { return rules; }
    public void setRules(String v) { rules = v; }
    public Integer getPactsNationwide() { return pactsNationwide; }
    public void setPactsNationwide(Integer v) { pactsNationwide = v; }
}
