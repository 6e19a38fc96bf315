package de.leitstand.web.controlling;

import de.leitstand.controlling.api.SupervisionApi;
import de.leitstand.controlling.api.SupervisionViews;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The Fachaufsicht workbench: error rates against thresholds, audit plan, cases, findings and actions. */
@Named
@ViewScoped
public class SupervisionBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#0b5394", "#a61c00", "#38761d", "#7f6000", "#674ea7", "#134f5c"};

    @Inject
    SupervisionApi supervision;

    private String month = YearMonth.now().minusMonths(1).toString();
    private YearMonth shown;
    private SupervisionViews.Overview overview;
    private List<SupervisionViews.AreaView> areas = List.of();
    private List<SupervisionViews.PlanLineView> plan = List.of();
    private List<SupervisionViews.CaseView> cases = List.of();
    private List<SupervisionViews.FindingView> findings = List.of();

    // new case
    private LocalDate caseDate;
    private Long caseArea;
    private String caseTeam;
    private String caseAuditor;
    private String caseReference;
    private boolean caseFaulty;
    private String caseErrorType;
    private BigDecimal caseImpact;
    // plan line
    private Long planArea;
    private Integer planRisk;
    private Integer planMinimum;
    private String planRationale;
    // area
    private Long areaId;
    private String areaCode;
    private String areaName;
    private BigDecimal areaThreshold;
    private boolean areaActive = true;
    private Long areaVersion;
    // finding and action
    private Long findingArea;
    private LocalDate findingDate;
    private String findingText;
    private Long actionFinding;
    private String actionText;
    private String actionOwner;
    private LocalDate actionDue;
    // follow-up
    private Long followUpAction;
    private LocalDate followUpDate;
    private String followUpResult;
    private boolean followUpEffective = true;
    private LocalDate followUpNewDue;

    public void load() {
        UiErrors.attempt(() -> {
            YearMonth parsed = parse();
            overview = supervision.overview(null, parsed);
            areas = supervision.areas(null);
            plan = supervision.plan(null, parsed.getYear());
            cases = supervision.cases(null, parsed);
            findings = supervision.findings(null);
            shown = parsed;
        });
    }

    private YearMonth parse() {
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ValidationException("MONTH_INVALID", "month", "„" + month + "“ ist kein Monat (JJJJ-MM).");
        }
    }

    public void recordCase() {
        if (UiErrors.attempt(() -> supervision.recordCase(null, new SupervisionViews.NewCase(caseDate, caseArea, caseTeam, caseAuditor,
                caseReference, caseFaulty, caseErrorType, caseImpact)))) {
            Messages.addGlobalInfo("Der Prüffall {0} ist erfasst.", caseReference.trim().toUpperCase(java.util.Locale.ROOT));
            caseReference = null;
            caseErrorType = null;
            caseImpact = null;
            caseFaulty = false;
            load();
        }
    }

    public void savePlanLine() {
        Long version = plan.stream().filter(p -> p.areaId().equals(planArea)).map(SupervisionViews.PlanLineView::version).findFirst().orElse(null);
        if (UiErrors.attempt(() -> supervision.savePlanLine(null, shownYear(),
                new SupervisionViews.PlanLineChange(planArea, planRisk, planMinimum, planRationale, version)))) {
            Messages.addGlobalInfo("Der Prüfplan {0} ist gespeichert.", String.valueOf(shownYear()));
            load();
        }
    }

    public void editPlanLine(SupervisionViews.PlanLineView line) {
        planArea = line.areaId();
        planRisk = line.riskScore();
        planMinimum = line.minCasesPerMonth();
        planRationale = line.rationale();
    }

    public void saveArea() {
        if (UiErrors.attempt(() -> supervision.saveArea(null, new SupervisionViews.AreaChange(areaId, areaCode, areaName,
                areaThreshold, areaActive, areaVersion)))) {
            Messages.addGlobalInfo("Das Prüffeld {0} ist gespeichert.", areaCode);
            newArea();
            load();
        }
    }

    public void editArea(SupervisionViews.AreaView area) {
        areaId = area.id();
        areaCode = area.code();
        areaName = area.name();
        areaThreshold = area.errorThreshold();
        areaActive = area.active();
        areaVersion = area.version();
    }

    public void newArea() {
        areaId = null;
        areaCode = null;
        areaName = null;
        areaThreshold = null;
        areaActive = true;
        areaVersion = null;
    }

    public void addFinding() {
        if (UiErrors.attempt(() -> supervision.addFinding(null, new SupervisionViews.NewFinding(findingArea, findingDate, findingText)))) {
            Messages.addGlobalInfo("Die Feststellung ist erfasst.");
            findingText = null;
            load();
        }
    }

    public void addAction() {
        if (UiErrors.attempt(() -> supervision.addAction(actionFinding, new SupervisionViews.NewAction(actionText, actionOwner, actionDue)))) {
            Messages.addGlobalInfo("Die Maßnahme ist angelegt.");
            actionText = null;
            load();
        }
    }

    public void reportDone(SupervisionViews.ActionView action) {
        if (UiErrors.attempt(() -> supervision.reportDone(action.id(), action.version()))) {
            Messages.addGlobalInfo("Die Maßnahme ist als umgesetzt gemeldet; sie wartet auf die Nachprüfung.");
            load();
        }
    }

    public void followUp() {
        Long version = findings.stream().flatMap(f -> f.actions().stream()).filter(a -> a.id().equals(followUpAction))
                .map(SupervisionViews.ActionView::version).findFirst().orElse(null);
        if (UiErrors.attempt(() -> supervision.followUp(followUpAction, new SupervisionViews.FollowUp(followUpDate, followUpResult,
                followUpEffective, followUpNewDue, version)))) {
            Messages.addGlobalInfo(followUpEffective ? "Die Nachprüfung ist erfasst; die Maßnahme ist abgeschlossen."
                    : "Die Nachprüfung ist erfasst; die Maßnahme ist wieder offen.");
            followUpResult = null;
            followUpNewDue = null;
            load();
        }
    }

    private int shownYear() {
        return (shown == null ? parse() : shown).getYear();
    }

    /** The monthly error rates of every Prüffeld as a Chart.js line chart (gaps where nothing was audited). */
    public String getRatesChart() {
        JsonArrayBuilder labels = de.leitstand.kernel.api.Jsons.array();
        JsonArrayBuilder datasets = de.leitstand.kernel.api.Jsons.array();
        if (overview != null && !overview.areas().isEmpty()) {
            overview.areas().get(0).months().forEach(m -> labels.add(m.month().toString()));
            int i = 0;
            for (SupervisionViews.AreaRates area : overview.areas()) {
                JsonArrayBuilder data = de.leitstand.kernel.api.Jsons.array();
                area.months().forEach(m -> {
                    if (m.rate() == null) {
                        data.addNull();
                    } else {
                        data.add(m.rate());
                    }
                });
                datasets.add(de.leitstand.kernel.api.Jsons.object().add("label", area.code() + " Fehlerquote (%)").add("data", data)
                        .add("borderColor", COLOURS[i++ % COLOURS.length]));
            }
        }
        return de.leitstand.kernel.api.Jsons.object().add("type", "line")
                .add("data", de.leitstand.kernel.api.Jsons.object().add("labels", labels).add("datasets", datasets)).build().toString();
    }

    /** Actions that may get a follow-up check (not closed). */
    public List<SupervisionViews.ActionView> getOpenActions() {
        return findings.stream().flatMap(f -> f.actions().stream()).filter(a -> !"ABGESCHLOSSEN".equals(a.status())).toList();
    }

    public List<SupervisionViews.AreaView> getActiveAreas() {
        return areas.stream().filter(SupervisionViews.AreaView::active).toList();
    }

    public SupervisionViews.Overview getOverview() {
        if (overview == null && shown == null) {
            load();
        }
        return overview;
    }

    public int getYear() { return shown == null ? YearMonth.now().getYear() : shown.getYear(); }
    public List<SupervisionViews.AreaView> getAreas() { return areas; }
    public List<SupervisionViews.PlanLineView> getPlan() { return plan; }
    public List<SupervisionViews.CaseView> getCases() { return cases; }
    public List<SupervisionViews.FindingView> getFindings() { return findings; }
    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public LocalDate getCaseDate() { return caseDate; }
    public void setCaseDate(LocalDate v) { caseDate = v; }
    public Long getCaseArea() { return caseArea; }
    public void setCaseArea(Long v) { caseArea = v; }
    public String getCaseTeam() { return caseTeam; }
    public void setCaseTeam(String v) { caseTeam = v; }
    public String getCaseAuditor() { return caseAuditor; }
    public void setCaseAuditor(String v) { caseAuditor = v; }
    public String getCaseReference() { return caseReference; }
    public void setCaseReference(String v) { caseReference = v; }
    public boolean isCaseFaulty() { return caseFaulty; }
    public void setCaseFaulty(boolean v) { caseFaulty = v; }
    public String getCaseErrorType() { return caseErrorType; }
    public void setCaseErrorType(String v) { caseErrorType = v; }
    public BigDecimal getCaseImpact() { return caseImpact; }
    public void setCaseImpact(BigDecimal v) { caseImpact = v; }
    public Long getPlanArea() { return planArea; }
    public void setPlanArea(Long v) { planArea = v; }
    public Integer getPlanRisk() { return planRisk; }
    public void setPlanRisk(Integer v) { planRisk = v; }
    public Integer getPlanMinimum() { return planMinimum; }
    public void setPlanMinimum(Integer v) { planMinimum = v; }
    public String getPlanRationale() { return planRationale; }
    public void setPlanRationale(String v) { planRationale = v; }
    public Long getAreaId() { return areaId; }
    public String getAreaCode() { return areaCode; }
    public void setAreaCode(String v) { areaCode = v; }
    public String getAreaName() { return areaName; }
    public void setAreaName(String v) { areaName = v; }
    public BigDecimal getAreaThreshold() { return areaThreshold; }
    public void setAreaThreshold(BigDecimal v) { areaThreshold = v; }
    public boolean isAreaActive() { return areaActive; }
    public void setAreaActive(boolean v) { areaActive = v; }
    public Long getFindingArea() { return findingArea; }
    public void setFindingArea(Long v) { findingArea = v; }
    public LocalDate getFindingDate() { return findingDate; }
    public void setFindingDate(LocalDate v) { findingDate = v; }
    public String getFindingText() { return findingText; }
    public void setFindingText(String v) { findingText = v; }
    public Long getActionFinding() { return actionFinding; }
    public void setActionFinding(Long v) { actionFinding = v; }
    public String getActionText() { return actionText; }
    public void setActionText(String v) { actionText = v; }
    public String getActionOwner() { return actionOwner; }
    public void setActionOwner(String v) { actionOwner = v; }
    public LocalDate getActionDue() { return actionDue; }
    public void setActionDue(LocalDate v) { actionDue = v; }
    public Long getFollowUpAction() { return followUpAction; }
    public void setFollowUpAction(Long v) { followUpAction = v; }
    public LocalDate getFollowUpDate() { return followUpDate; }
    public void setFollowUpDate(LocalDate v) { followUpDate = v; }
    public String getFollowUpResult() { return followUpResult; }
    public void setFollowUpResult(String v) { followUpResult = v; }
    public boolean isFollowUpEffective() { return followUpEffective; }
    public void setFollowUpEffective(boolean v) { followUpEffective = v; }
    public LocalDate getFollowUpNewDue() { return followUpNewDue; }
    public void setFollowUpNewDue(LocalDate v) { followUpNewDue = v; }
}
