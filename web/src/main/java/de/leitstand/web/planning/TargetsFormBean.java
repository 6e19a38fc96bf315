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

/** The "Ziele" tab: Ziel 2 and 3 with their derived figures, local and municipal goals, the target path. */
@Named
@ViewScoped
public class TargetsFormBean extends ProgrammeTabForm {

    private static final long serialVersionUID = 1L;

    private Integer integrations;
    private BigDecimal integrationRate;
    private Integer integrationsWomen;
    private Integer integrationsMen;
    private BigDecimal integrationRateWomen;
    private BigDecimal integrationRateMen;
    private BigDecimal previousYearRate;
    private BigDecimal lzbChangePercent;
    private String lzbBasis;
    private Integer lzbBaseline;
    private ProgrammeView.Targets derived;
    private List<GoalRow> goals = new ArrayList<>();
    private List<MonthValue> path = new ArrayList<>();

    /** Called by the page: fills the form from the programme once per loaded version. */
    @Override
    protected void fill(ProgrammeView programme) {
        var t = programme.targets();
        integrations = t.integrations();
        integrationRate = t.integrationRate();
        integrationsWomen = t.integrationsWomen();
        integrationsMen = t.integrationsMen();
        integrationRateWomen = t.integrationRateWomen();
        integrationRateMen = t.integrationRateMen();
        previousYearRate = t.previousYearRate();
        lzbChangePercent = t.lzbChangePercent();
        lzbBasis = t.lzbBasis();
        lzbBaseline = t.lzbBaseline();
        derived = t;
        goals = new ArrayList<>(programme.goals().stream().map(GoalRow::of).toList());
        path = MonthValue.of(programme.targetPath().stream().map(BigDecimal::valueOf).toList());
    }

    private ProgrammeInputs.Targets input() {
        return new ProgrammeInputs.Targets(integrations, integrationRate, integrationsWomen, integrationsMen,
                integrationRateWomen, integrationRateMen, previousYearRate, lzbChangePercent, lzbBasis, lzbBaseline, editor.version());
    }

    /** Recomputes the derived figures from what is typed, without saving. */
    public void recalculate() {
        UiErrors.attempt(() -> derived = planning.previewTargets(editor.getId(), input()));
    }

    public void save() {
        save(() -> planning.changeTargets(editor.getId(), input()), "notice.programme.goalsSaved");
    }

    public void addGoal() {
        GoalRow row = new GoalRow();
        row.setKind("LOKAL");
        row.setStatus("IN_ABSTIMMUNG");
        goals.add(row);
    }

    public void removeGoal(GoalRow row) {
        goals.remove(row);
    }

    public void saveGoals() {
        save(() -> planning.changeGoals(editor.getId(), new ProgrammeInputs.Goals(
                goals.stream().map(GoalRow::toInput).toList(), editor.version())), "notice.programme.goalsSaved");
    }

    public void proposePath() {
        UiErrors.attempt(() -> path = MonthValue.of(planning.proposeTargetPath(editor.getId()).stream()
                .map(BigDecimal::valueOf).toList()));
    }

    public void savePath() {
        List<Integer> months = path.stream().map(m -> m.getValue() == null ? null : m.getValue().intValue()).toList();
        save(() -> planning.changeTargetPath(editor.getId(), new ProgrammeInputs.TargetPath(months, editor.version())),
                "notice.programme.targetPathSaved");
    }

    public int getPathTotal() {
        return path.stream().mapToInt(m -> m.getValue() == null ? 0 : m.getValue().intValue()).sum();
    }

    public ProgrammeView.Targets getDerived() { return derived; }
    public Integer getIntegrations() { return integrations; }
    public void setIntegrations(Integer value) { integrations = value; }
    public BigDecimal getIntegrationRate() { return integrationRate; }
    public void setIntegrationRate(BigDecimal value) { integrationRate = value; }
    public Integer getIntegrationsWomen() { return integrationsWomen; }
    public void setIntegrationsWomen(Integer value) { integrationsWomen = value; }
    public Integer getIntegrationsMen() { return integrationsMen; }
    public void setIntegrationsMen(Integer value) { integrationsMen = value; }
    public BigDecimal getIntegrationRateWomen() { return integrationRateWomen; }
    public void setIntegrationRateWomen(BigDecimal value) { integrationRateWomen = value; }
    public BigDecimal getIntegrationRateMen() { return integrationRateMen; }
    public void setIntegrationRateMen(BigDecimal value) { integrationRateMen = value; }
    public BigDecimal getPreviousYearRate() { return previousYearRate; }
    public void setPreviousYearRate(BigDecimal value) { previousYearRate = value; }
    public BigDecimal getLzbChangePercent() { return lzbChangePercent; }
    public void setLzbChangePercent(BigDecimal value) { lzbChangePercent = value; }
    public String getLzbBasis() { return lzbBasis; }
    public void setLzbBasis(String value) { lzbBasis = value; }
    public Integer getLzbBaseline() { return lzbBaseline; }
    public void setLzbBaseline(Integer value) { lzbBaseline = value; }
    public List<GoalRow> getGoals() { return goals; }
    public List<MonthValue> getPath() { return path; }
}
