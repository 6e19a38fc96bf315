package de.leitstand.web.programmes;

import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.programmes.api.ProgrammeInputs;
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
import java.time.LocalDate;
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
    Caller caller;

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
    private List<PhaseRow> phases = new ArrayList<>();
    private List<ObligationRow> obligations = new ArrayList<>();
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
        phases = new ArrayList<>(p.phases().stream().map(PhaseRow::of).toList());
        phaseViews = p.phases();
        obligations = new ArrayList<>(p.obligations().stream().map(ObligationRow::of).toList());
    }

    public void save() throws IOException {
        ProgrammeInputs.Programme input = new ProgrammeInputs.Programme(name, shortName, funder, legalBasis,
                administeringBody, targetGroup, esfRatePercent, ownSharePercent, coFinancingRules,
                phases.stream().map(PhaseRow::toInput).toList(), obligations.stream().map(ObligationRow::toInput).toList(), version);
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
        PhaseRow row = new PhaseRow();
        row.setNumber(phases.size() + 1);
        phases.add(row);
    }

    public void removePhase(PhaseRow row) {
        phases.remove(row);
    }

    public void addObligation() {
        obligations.add(new ObligationRow());
    }

    public void removeObligation(ObligationRow row) {
        obligations.remove(row);
    }

    public boolean isEditable() {
        return caller.hasAnyRole(Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN);
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
    public List<PhaseRow> getPhases() { return phases; }
    public List<ProgrammeViews.PhaseView> getPhaseViews() { return phaseViews; }
    public List<ObligationRow> getObligations() { return obligations; }

    /** A phase as an editable row. */
    public static class PhaseRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private int number;
        private LocalDate from;
        private LocalDate to;
        private BigDecimal budget;
        private String rules;
        private Integer pactsNationwide;

        static PhaseRow of(ProgrammeViews.PhaseView v) {
            PhaseRow row = new PhaseRow();
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

    /** A reporting obligation as an editable row. */
    public static class ObligationRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private LocalDate dueDate;
        private boolean done;

        static ObligationRow of(ProgrammeViews.ObligationView v) {
            ObligationRow row = new ObligationRow();
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
}
