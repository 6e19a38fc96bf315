package de.leitstand.web.programmes;

import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeAccess;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Creates or edits a funding programme with its phases and reporting obligations. */
@Named
@ViewScoped
public class FundingProgrammeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeManagement programmes;

    @Inject
    ProgrammeAccess access;

    private Long id;
    private long version;
    private String name;
    private String shortName;
    private String funder = "BUND";
    private String legalBasis;
    private String administeringBody;
    private String targetGroup;
    private BigDecimal esfRatePercent;
    private BigDecimal ownSharePercent;
    private String coFinancingRules;
    private List<FundingPhaseRow> phases = new ArrayList<>();
    private List<FundingObligationRow> obligations = new ArrayList<>();
    private List<ProgrammeViews.PhaseView> phaseViews = List.of();

    public void load() {
        if (id == null) {
            return;
        }
        ProgrammeViews.FundingProgrammeView p = programmes.programme(id);
        version = p.version();
        name = p.name();
        shortName = p.shortName();
        funder = p.funder();
        legalBasis = p.legalBasis();
        administeringBody = p.administeringBody();
        targetGroup = p.targetGroup();
        esfRatePercent = p.esfRatePercent();
        ownSharePercent = p.ownSharePercent();
        coFinancingRules = p.coFinancingRules();
        phases = new ArrayList<>(p.phases().stream().map(FundingPhaseRow::of).toList());
        phaseViews = p.phases();
        obligations = new ArrayList<>(p.obligations().stream().map(FundingObligationRow::of).toList());
    }

    public void save() throws IOException {
        ProgrammeInputs.Programme input = new ProgrammeInputs.Programme(name, shortName, funder, legalBasis,
                administeringBody, targetGroup, esfRatePercent, ownSharePercent, coFinancingRules,
                phases.stream().map(FundingPhaseRow::toInput).toList(), obligations.stream().map(FundingObligationRow::toInput).toList(), version);
        ProgrammeViews.FundingProgrammeView[] saved = new ProgrammeViews.FundingProgrammeView[1];
        if (UiErrors.attempt(() -> saved[0] = id == null ? programmes.createProgramme(input) : programmes.changeProgramme(id, input))) {
            if (id == null) {
                UiTexts.flashInfo("notice.fundingProgramme.foerderprogrammAngelegt");
                Faces.redirect("programmes/programme.xhtml?id=" + saved[0].id());
                return;
            }
            load();
            UiTexts.info("notice.fundingProgramme.foerderprogrammGespeichert");
        }
    }

    public void addPhase() {
        FundingPhaseRow row = new FundingPhaseRow();
        row.setNumber(phases.size() + 1);
        phases.add(row);
    }

    public void removePhase(FundingPhaseRow row) {
        phases.remove(row);
    }

    public void addObligation() {
        obligations.add(new FundingObligationRow());
    }

    public void removeObligation(FundingObligationRow row) {
        obligations.remove(row);
    }

    public boolean isEditable() {
        return access.rights().editProgrammes();
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getShortName() { return shortName; }
    public void setShortName(String v) { shortName = v; }
    public String getFunder() { return funder; }
    public void setFunder(String v) { funder = v; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String v) { legalBasis = v; }
    public String getAdministeringBody() { return administeringBody; }
    public void setAdministeringBody(String v) { administeringBody = v; }
    public String getTargetGroup() { return targetGroup; }
    public void setTargetGroup(String v) { targetGroup = v; }
    public BigDecimal getEsfRatePercent() { return esfRatePercent; }
    public void setEsfRatePercent(BigDecimal v) { esfRatePercent = v; }
    public BigDecimal getOwnSharePercent() { return ownSharePercent; }
    public void setOwnSharePercent(BigDecimal v) { ownSharePercent = v; }
    public String getCoFinancingRules() { return coFinancingRules; }
    public void setCoFinancingRules(String v) { coFinancingRules = v; }
    public List<FundingPhaseRow> getPhases() { return phases; }
    public List<ProgrammeViews.PhaseView> getPhaseViews() { return phaseViews; }
    public List<FundingObligationRow> getObligations() { return obligations; }
}
