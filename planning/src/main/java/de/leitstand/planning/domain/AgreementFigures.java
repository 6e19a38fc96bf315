package de.leitstand.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of a target agreement (Muster-Zielvereinbarung): Ziel 2 as integrations and Integrationsquote
 * (total, women, men) over the average ELB stock they imply, Ziel 3 as the relative change of the LZB stock.
 * An offer, an agreement and each step of the round carry them.
 */
@Embeddable
public class AgreementFigures {

    @Column(name = "integrations")
    private Integer integrations;

    @Column(name = "average_elb")
    private Integer averageElb;

    @Column(name = "integration_rate", precision = 5, scale = 1)
    private BigDecimal integrationRate;

    @Column(name = "integration_rate_women", precision = 5, scale = 1)
    private BigDecimal integrationRateWomen;

    @Column(name = "integration_rate_men", precision = 5, scale = 1)
    private BigDecimal integrationRateMen;

    @Column(name = "lzb_change_pct", precision = 5, scale = 1)
    private BigDecimal lzbChangePercent;

    protected AgreementFigures() {
        // for JPA
    }

    public AgreementFigures(Integer integrations, Integer averageElb, BigDecimal integrationRate,
                            BigDecimal integrationRateWomen, BigDecimal integrationRateMen, BigDecimal lzbChangePercent) {
        this.integrations = integrations;
        this.averageElb = averageElb;
        this.integrationRate = scale(integrationRate);
        this.integrationRateWomen = scale(integrationRateWomen);
        this.integrationRateMen = scale(integrationRateMen);
        this.lzbChangePercent = scale(lzbChangePercent);
    }

    private static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    public AgreementFigures copy() {
        return new AgreementFigures(integrations, averageElb, integrationRate, integrationRateWomen, integrationRateMen,
                lzbChangePercent);
    }

    public Integer getIntegrations() { return integrations; }
    public Integer getAverageElb() { return averageElb; }
    public BigDecimal getIntegrationRate() { return integrationRate; }
    public BigDecimal getIntegrationRateWomen() { return integrationRateWomen; }
    public BigDecimal getIntegrationRateMen() { return integrationRateMen; }
    public BigDecimal getLzbChangePercent() { return lzbChangePercent; }
}
