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
import java.time.LocalDate;

/** The Fachaufsicht's form for an audit case (tab "Prüffälle"): pseudonymised reference, result and impact. */
@Named
@ViewScoped
public class SupervisionCaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionBean page;

    @Inject
    SupervisionApi supervision;

    private LocalDate caseDate;
    private Long caseArea;
    private String caseTeam;
    private String caseAuditor;
    private String caseReference;
    private boolean caseFaulty;
    private String caseErrorType;
    private BigDecimal caseImpact;

    public void recordCase() {
        if (UiErrors.attempt(() -> supervision.recordCase(page.agency(), new SupervisionViews.NewCase(caseDate, caseArea, caseTeam, caseAuditor,
                caseReference, caseFaulty, caseErrorType, caseImpact)))) {
            UiTexts.info("notice.supervision.prueffallErfasst", caseReference.trim().toUpperCase(java.util.Locale.ROOT));
            caseReference = null;
            caseErrorType = null;
            caseImpact = null;
            caseFaulty = false;
            page.load();
        }
    }

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
}
