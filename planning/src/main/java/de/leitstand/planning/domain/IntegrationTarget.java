package de.leitstand.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Ziel 2 (Verbesserung der Integration in Erwerbstätigkeit): the planned number of integrations and
 * the Integrationsquote they mean. The seed agrees both: "mindestens 1.141 Integrationen … eine
 * Integrationsquote von 23,4 Prozent".
 */
@Embeddable
public class IntegrationTarget {

    @Column(name = "integrations")
    private Integer integrations;

    @Column(name = "integration_rate", precision = 5, scale = 1)
    private BigDecimal integrationRate;

    @Column(name = "integrations_women")
    private Integer integrationsWomen;

    @Column(name = "integrations_men")
    private Integer integrationsMen;

    @Column(name = "previous_integration_rate", precision = 5, scale = 1)
    private BigDecimal previousYearRate;

    protected IntegrationTarget() {
        // for JPA
    }

    public IntegrationTarget(Integer integrations, BigDecimal integrationRate, Integer integrationsWomen,
                             Integer integrationsMen, BigDecimal previousYearRate) {
        this.integrations = integrations;
        this.integrationRate = integrationRate;
        this.integrationsWomen = integrationsWomen;
        this.integrationsMen = integrationsMen;
        this.previousYearRate = previousYearRate;
    }

    /**
     * The average ELB stock the target implies: integrations / quota (seed: 1.141 / 23,4 % ≈ 4.876).
     *
     * @return whole persons, half-up; {@code null} without both values
     */
    public BigDecimal impliedAverageElb() {
        if (integrations == null || integrationRate == null || integrationRate.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(integrations).multiply(Amounts.HUNDRED).divide(integrationRate, 0, RoundingMode.HALF_UP);
    }

    /**
     * The change of the quota against the previous year as a relative percentage, not in percentage
     * points (seed: 23,4 % after 23,8 % is "−1,7 Prozent").
     */
    public BigDecimal rateChangePercent() {
        return Amounts.relativeChange(previousYearRate, integrationRate);
    }

    public Integer getIntegrations() {
        return integrations;
    }

    public BigDecimal getIntegrationRate() {
        return integrationRate;
    }

    public Integer getIntegrationsWomen() {
        return integrationsWomen;
    }

    public Integer getIntegrationsMen() {
        return integrationsMen;
    }

    public BigDecimal getPreviousYearRate() {
        return previousYearRate;
    }
}
