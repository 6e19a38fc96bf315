package de.leitstand.web.programmes;

import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;

/** The pact page's form of the own Jobcenter's figures of one year (filled with the year's row when there is one). */
@Named
@ViewScoped
public class PactParticipationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PactBean page;

    @Inject
    ProgrammeManagement programmes;

    private Integer year;
    private BigDecimal budgetGranted;
    private BigDecimal budgetSpent;
    private Integer activationsPlanned;
    private Integer activationsActual;
    private Integer integrationsPlanned;
    private Integer integrationsActual;
    private Integer integrationsInsured;
    private Integer integrationsPermanent;
    private Integer integrationsSelfEmployed;
    private Integer marginalEmployment;
    private Integer participantStock;
    private long version;

    /** Fills the form with the own row of the chosen year, if there is one. */
    public void selectYear() {
        String own = page.ownAgency();
        fillFrom(page.getPact().participation().stream()
                .filter(p -> p.agencyNumber().equals(own) && year != null && p.year() == year)
                .findFirst().orElse(null));
    }

    public void recordParticipation() {
        ProgrammeInputs.Participation input = new ProgrammeInputs.Participation(year == null ? 0 : year, budgetGranted, budgetSpent,
                activationsPlanned, activationsActual, integrationsPlanned, integrationsActual, integrationsInsured, integrationsPermanent,
                integrationsSelfEmployed, marginalEmployment, participantStock, version);
        page.apply(() -> programmes.recordParticipation(page.getId(), input), "notice.pact.zahlenGespeichert", String.valueOf(year));
        selectYear();
    }

    private void fillFrom(ProgrammeViews.ParticipationView row) {
        budgetGranted = row == null ? null : row.budgetGranted();
        budgetSpent = row == null ? null : row.budgetSpent();
        activationsPlanned = row == null ? null : row.activationsPlanned();
        activationsActual = row == null ? null : row.activationsActual();
        integrationsPlanned = row == null ? null : row.integrationsPlanned();
        integrationsActual = row == null ? null : row.integrationsActual();
        integrationsInsured = row == null ? null : row.integrationsInsured();
        integrationsPermanent = row == null ? null : row.integrationsPermanent();
        integrationsSelfEmployed = row == null ? null : row.integrationsSelfEmployed();
        marginalEmployment = row == null ? null : row.marginalEmployment();
        participantStock = row == null ? null : row.participantStock();
        version = row == null ? 0 : row.version();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public BigDecimal getBudgetGranted() { return budgetGranted; }
    public void setBudgetGranted(BigDecimal v) { budgetGranted = v; }
    public BigDecimal getBudgetSpent() { return budgetSpent; }
    public void setBudgetSpent(BigDecimal v) { budgetSpent = v; }
    public Integer getActivationsPlanned() { return activationsPlanned; }
    public void setActivationsPlanned(Integer v) { activationsPlanned = v; }
    public Integer getActivationsActual() { return activationsActual; }
    public void setActivationsActual(Integer v) { activationsActual = v; }
    public Integer getIntegrationsPlanned() { return integrationsPlanned; }
    public void setIntegrationsPlanned(Integer v) { integrationsPlanned = v; }
    public Integer getIntegrationsActual() { return integrationsActual; }
    public void setIntegrationsActual(Integer v) { integrationsActual = v; }
    public Integer getIntegrationsInsured() { return integrationsInsured; }
    public void setIntegrationsInsured(Integer v) { integrationsInsured = v; }
    public Integer getIntegrationsPermanent() { return integrationsPermanent; }
    public void setIntegrationsPermanent(Integer v) { integrationsPermanent = v; }
    public Integer getIntegrationsSelfEmployed() { return integrationsSelfEmployed; }
    public void setIntegrationsSelfEmployed(Integer v) { integrationsSelfEmployed = v; }
    public Integer getMarginalEmployment() { return marginalEmployment; }
    public void setMarginalEmployment(Integer v) { marginalEmployment = v; }
    public Integer getParticipantStock() { return participantStock; }
    public void setParticipantStock(Integer v) { participantStock = v; }
}
