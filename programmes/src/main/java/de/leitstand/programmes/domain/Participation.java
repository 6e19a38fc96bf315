package de.leitstand.programmes.domain;

import de.leitstand.kernel.api.persistence.PartOf;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.OwnedByJobcenter;
import jakarta.persistence.Version;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A member Jobcenter's participation in a pact in one year: budget, activations, integrations with
 * their breakdown, participants. Only the Jobcenter itself changes its rows; the pact's members read
 * them (shared by design), which is why this is not a tenant-guarded entity: the pact decides who reads.
 */
@PartOf(Pact.class)
@Entity
@Audited("Programmteilnahme")
@Table(name = "programmes_participation")
public class Participation implements OwnedByJobcenter {

    @Column(name = "agency_number", nullable = false, length = 5, updatable = false)
    private String agencyNumber;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Id
    @SequenceGenerator(name = "programmes_seq", sequenceName = "programmes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programmes_seq")
    private Long id;

    @Column(name = "pact_id", nullable = false, updatable = false)
    private Long pactId;

    @Column(name = "participation_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "budget_granted", precision = 15, scale = 2)
    private BigDecimal budgetGranted;

    @Column(name = "budget_spent", precision = 15, scale = 2)
    private BigDecimal budgetSpent;

    @Column(name = "activations_planned")
    private Integer activationsPlanned;

    @Column(name = "activations_actual")
    private Integer activationsActual;

    @Column(name = "integrations_planned")
    private Integer integrationsPlanned;

    @Column(name = "integrations_actual")
    private Integer integrationsActual;

    @Column(name = "integrations_insured")
    private Integer integrationsInsured;

    @Column(name = "integrations_permanent")
    private Integer integrationsPermanent;

    @Column(name = "integrations_self_employed")
    private Integer integrationsSelfEmployed;

    @Column(name = "marginal_employment")
    private Integer marginalEmployment;

    @Column(name = "participant_stock")
    private Integer participantStock;

    @Column(name = "demo_value", nullable = false)
    private boolean demoValue;

    protected Participation() {
        // for JPA
    }

    public Participation(AgencyNumber agency, Long pactId, int year) {
        this.agencyNumber = agency.value();
        this.pactId = pactId;
        this.year = year;
    }

    public void record(Figures figures) {
        this.budgetGranted = figures.budgetGranted();
        this.budgetSpent = figures.budgetSpent();
        this.activationsPlanned = figures.activationsPlanned();
        this.activationsActual = figures.activationsActual();
        this.integrationsPlanned = figures.integrationsPlanned();
        this.integrationsActual = figures.integrationsActual();
        this.integrationsInsured = figures.integrationsInsured();
        this.integrationsPermanent = figures.integrationsPermanent();
        this.integrationsSelfEmployed = figures.integrationsSelfEmployed();
        this.marginalEmployment = figures.marginalEmployment();
        this.participantStock = figures.participantStock();
        this.demoValue = figures.demoValue();
    }

    /** @return budget spent per actual integration, euros with cents; {@code null} without both */
    public BigDecimal costPerIntegration() {
        if (budgetSpent == null || integrationsActual == null || integrationsActual == 0) {
            return null;
        }
        return budgetSpent.divide(BigDecimal.valueOf(integrationsActual), 2, RoundingMode.HALF_UP);
    }

    /** @return actual integrations / planned × 100, one decimal; {@code null} without a plan */
    public BigDecimal integrationAttainment() {
        if (integrationsActual == null || integrationsPlanned == null || integrationsPlanned == 0) {
            return null;
        }
        return BigDecimal.valueOf(integrationsActual).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(integrationsPlanned), 1, RoundingMode.HALF_UP);
    }

    public Long getId() { return id; }

    /** @return the member Jobcenter whose row this is; only it may change the row */
    @Override
    public AgencyNumber getAgencyNumber() { return new AgencyNumber(agencyNumber); }

    public long getVersion() { return version; }
    public Long getPactId() { return pactId; }
    public int getYear() { return year; }
    public Figures getFigures() {
        return new Figures(budgetGranted, budgetSpent, activationsPlanned, activationsActual, integrationsPlanned,
                integrationsActual, integrationsInsured, integrationsPermanent, integrationsSelfEmployed,
                marginalEmployment, participantStock, demoValue);
    }

    /** A year's figures. Marginal employment is reported separately and is not an integration. */
    public record Figures(BigDecimal budgetGranted, BigDecimal budgetSpent, Integer activationsPlanned,
                          Integer activationsActual, Integer integrationsPlanned, Integer integrationsActual,
                          Integer integrationsInsured, Integer integrationsPermanent, Integer integrationsSelfEmployed,
                          Integer marginalEmployment, Integer participantStock, boolean demoValue) {
    }
}
