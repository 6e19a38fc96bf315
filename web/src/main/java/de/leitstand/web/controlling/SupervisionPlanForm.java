package de.leitstand.web.controlling;

import de.leitstand.controlling.api.SupervisionApi;
import de.leitstand.controlling.api.SupervisionViews;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;

/** The Fachaufsicht's forms of the tab "Prüfplan": a line of the year's audit plan and a Prüffeld with its threshold. */
@Named
@ViewScoped
public class SupervisionPlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionBean page;

    @Inject
    SupervisionApi supervision;

    private Long planArea;
    private Integer planRisk;
    private Integer planMinimum;
    private String planRationale;
    private Long areaId;
    private String areaCode;
    private String areaName;
    private BigDecimal areaThreshold;
    private boolean areaActive = true;
    private Long areaVersion;

    public void savePlanLine() {
        Long version = page.getPlan().stream().filter(p -> p.areaId().equals(planArea)).map(SupervisionViews.PlanLineView::version)
                .findFirst().orElse(null);
        int year = page.shownYear();
        if (UiErrors.attempt(() -> supervision.savePlanLine(page.agency(), year,
                new SupervisionViews.PlanLineChange(planArea, planRisk, planMinimum, planRationale, version)))) {
            UiTexts.info("notice.supervision.pruefplanGespeichert", String.valueOf(year));
            page.load();
        }
    }

    public void editPlanLine(SupervisionViews.PlanLineView line) {
        planArea = line.areaId();
        planRisk = line.riskScore();
        planMinimum = line.minCasesPerMonth();
        planRationale = line.rationale();
    }

    public void saveArea() {
        if (UiErrors.attempt(() -> supervision.saveArea(page.agency(), new SupervisionViews.AreaChange(areaId, areaCode, areaName,
                areaThreshold, areaActive, areaVersion)))) {
            UiTexts.info("notice.supervision.prueffeldGespeichert", areaCode);
            newArea();
            page.load();
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
}
