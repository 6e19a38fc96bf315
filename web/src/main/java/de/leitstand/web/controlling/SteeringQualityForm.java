package de.leitstand.web.controlling;

import de.leitstand.controlling.api.SteeringApi;
import de.leitstand.controlling.api.SteeringViews;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;

/** The steering page's forms of the quality standards: a month's value of a standard, and a new standard with its target. */
@Named
@ViewScoped
public class SteeringQualityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SteeringBean page;

    @Inject
    SteeringApi steering;

    private Long valueStandard;
    private String valueMonth;
    private BigDecimal valueActual;
    private String standardCode;
    private String standardName;
    private String standardKind = "PROZENT";
    private BigDecimal standardTarget;

    public void enterValue() {
        if (UiErrors.attempt(() -> steering.enterQuality(valueStandard, SteeringBean.parse(valueMonth), valueActual))) {
            UiTexts.info("notice.steering.wertGespeichert", valueMonth);
            valueActual = null;
            page.load();
        }
    }

    public void saveStandard() {
        if (UiErrors.attempt(() -> steering.saveStandard(page.agency(), new SteeringViews.StandardChange(null, standardCode, standardName,
                standardKind, standardTarget, true, null)))) {
            UiTexts.info("notice.steering.standardAngelegt", standardCode);
            standardCode = null;
            standardName = null;
            standardTarget = null;
            page.load();
        }
    }

    public Long getValueStandard() { return valueStandard; }
    public void setValueStandard(Long v) { valueStandard = v; }
    public String getValueMonth() { return valueMonth; }
    public void setValueMonth(String v) { valueMonth = v; }
    public BigDecimal getValueActual() { return valueActual; }
    public void setValueActual(BigDecimal v) { valueActual = v; }
    public String getStandardCode() { return standardCode; }
    public void setStandardCode(String v) { standardCode = v; }
    public String getStandardName() { return standardName; }
    public void setStandardName(String v) { standardName = v; }
    public String getStandardKind() { return standardKind; }
    public void setStandardKind(String v) { standardKind = v; }
    public BigDecimal getStandardTarget() { return standardTarget; }
    public void setStandardTarget(BigDecimal v) { standardTarget = v; }
}
