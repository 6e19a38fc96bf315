package de.leitstand.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Ziel 3 (Vermeidung von langfristigem Leistungsbezug): the planned relative change of the stock of
 * Langzeitleistungsbeziehende (seed: −10,8 %), on a baseline of the chosen {@link LzbBasis}.
 */
@Embeddable
public class LzbTarget {

    @Column(name = "lzb_change_pct", precision = 5, scale = 1)
    private BigDecimal changePercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "lzb_basis", length = 20)
    private LzbBasis basis = LzbBasis.ANNUAL_AVERAGE;

    @Column(name = "lzb_baseline")
    private Integer baseline;

    protected LzbTarget() {
        // for JPA
    }

    public LzbTarget(BigDecimal changePercent, LzbBasis basis, Integer baseline) {
        this.changePercent = changePercent;
        this.basis = basis == null ? LzbBasis.ANNUAL_AVERAGE : basis;
        this.baseline = baseline;
    }

    /** @return an equal target of its own, for another programme version (an embeddable belongs to one entity) */
    LzbTarget copy() {
        return new LzbTarget(changePercent, basis, baseline);
    }

    /** @return baseline × (1 + change / 100), whole persons, half-up; {@code null} without both */
    public Integer targetStock() {
        if (changePercent == null || baseline == null) {
            return null;
        }
        return BigDecimal.valueOf(baseline)
                .multiply(Amounts.HUNDRED.add(changePercent))
                .divide(Amounts.HUNDRED, 0, RoundingMode.HALF_UP).intValueExact();
    }

    public BigDecimal getChangePercent() {
        return changePercent;
    }

    public LzbBasis getBasis() {
        return basis;
    }

    public Integer getBaseline() {
        return baseline;
    }
}
