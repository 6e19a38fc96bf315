package de.leitstand.planning.domain;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Ziel 2 (Verbesserung der Integration in Erwerbstätigkeit): the planned number of integrations and
 * the Integrationsquote they mean. The seed agrees both: "mindestens 1.141 Integrationen … eine
 * Integrationsquote von 23,4 Prozent". The Zielvereinbarung also sets the Integrationsquote for women
 * and for men; the quota of all lies between them (it is their mean weighted by the ELB stock), which
 * {@link #check()} enforces with 0,1 points of room for the rounding of each quota.
 */
@Embeddable
public class IntegrationTarget {

    private static final BigDecimal ROUNDING_ROOM = new BigDecimal("0.1");

    @Column(name = "integrations")
    private Integer integrations;

    @Column(name = "integration_rate", precision = 5, scale = 1)
    private BigDecimal integrationRate;

    @Column(name = "integrations_women")
    private Integer integrationsWomen;

    @Column(name = "integrations_men")
    private Integer integrationsMen;

    @Column(name = "integration_rate_women", precision = 5, scale = 1)
    private BigDecimal integrationRateWomen;

    @Column(name = "integration_rate_men", precision = 5, scale = 1)
    private BigDecimal integrationRateMen;

    @Column(name = "previous_integration_rate", precision = 5, scale = 1)
    private BigDecimal previousYearRate;

    protected IntegrationTarget() {
        // for JPA
    }

    public IntegrationTarget(Integer integrations, BigDecimal integrationRate, Integer integrationsWomen,
                             Integer integrationsMen, BigDecimal integrationRateWomen, BigDecimal integrationRateMen,
                             BigDecimal previousYearRate) {
        this.integrations = integrations;
        this.integrationRate = integrationRate;
        this.integrationsWomen = integrationsWomen;
        this.integrationsMen = integrationsMen;
        this.integrationRateWomen = integrationRateWomen;
        this.integrationRateMen = integrationRateMen;
        this.previousYearRate = previousYearRate;
    }

    /** @return an equal target of its own, for another programme version (an embeddable belongs to one entity) */
    IntegrationTarget copy() {
        return new IntegrationTarget(integrations, integrationRate, integrationsWomen, integrationsMen, integrationRateWomen,
                integrationRateMen, previousYearRate);
    }

    /** No target at all (a new programme). */
    public static IntegrationTarget none() {
        return new IntegrationTarget(null, null, null, null, null, null, null);
    }

    /**
     * The total quota is the ELB-weighted mean of the women's and the men's quota, so it cannot lie
     * outside them (each quota rounded to one decimal: 0,1 points of room).
     *
     * @throws ValidationException {@code TARGET_RATE_OUTSIDE_GENDERS} on field {@code integrationRate}
     */
    void check() {
        if (integrationRate == null || integrationRateWomen == null || integrationRateMen == null) {
            return;
        }
        BigDecimal low = integrationRateWomen.min(integrationRateMen).subtract(ROUNDING_ROOM);
        BigDecimal high = integrationRateWomen.max(integrationRateMen).add(ROUNDING_ROOM);
        if (integrationRate.compareTo(low) < 0 || integrationRate.compareTo(high) > 0) {
            throw new ValidationException("TARGET_RATE_OUTSIDE_GENDERS", "integrationRate",
                    Text.of("planning.TARGET_RATE_OUTSIDE_GENDERS", integrationRate.toPlainString().replace('.', ',')));
        }
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

    /** The Integrationsquote (K2) target for women; {@code null} when the Zielvereinbarung sets none. */
    public BigDecimal getIntegrationRateWomen() {
        return integrationRateWomen;
    }

    /** The Integrationsquote (K2) target for men; {@code null} when the Zielvereinbarung sets none. */
    public BigDecimal getIntegrationRateMen() {
        return integrationRateMen;
    }

    public BigDecimal getPreviousYearRate() {
        return previousYearRate;
    }
}
