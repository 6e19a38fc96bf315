package de.leitstand.web.planning;

import de.leitstand.planning.api.ProgrammeInputs;
import de.leitstand.planning.api.ProgrammeView;

import java.io.Serializable;
import java.math.BigDecimal;

/** One goal of a programme as an editable row of the "Ziele" tab. */
public class GoalRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String kind;
    private String title;
    private String indicator;
    private String comparator;
    private BigDecimal targetNumber;
    private String targetUnit;
    private String targetText;
    private String status;
    private String kpiCode;

    static GoalRow of(ProgrammeView.GoalView goal) {
        GoalRow row = new GoalRow();
        row.kind = goal.kind();
        row.title = goal.title();
        row.indicator = goal.indicator();
        row.comparator = goal.comparator();
        row.targetNumber = goal.targetNumber();
        row.targetUnit = goal.targetUnit();
        row.targetText = goal.targetText();
        row.status = goal.status();
        row.kpiCode = goal.kpiCode();
        return row;
    }

    ProgrammeInputs.Goal toInput() {
        return new ProgrammeInputs.Goal(kind, title, indicator, comparator, targetNumber, targetUnit, targetText, status, kpiCode);
    }

    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getIndicator() { return indicator; }
    public void setIndicator(String v) { indicator = v; }
    public String getComparator() { return comparator; }
    public void setComparator(String v) { comparator = v; }
    public BigDecimal getTargetNumber() { return targetNumber; }
    public void setTargetNumber(BigDecimal v) { targetNumber = v; }
    public String getTargetUnit() { return targetUnit; }
    public void setTargetUnit(String v) { targetUnit = v; }
    public String getTargetText() { return targetText; }
    public void setTargetText(String v) { targetText = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getKpiCode() { return kpiCode; }
    public void setKpiCode(String v) { kpiCode = v; }
}
