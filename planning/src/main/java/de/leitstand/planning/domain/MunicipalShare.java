package de.leitstand.planning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The municipal share of administrative costs (kommunaler Finanzierungsanteil, § 46 Abs. 3 SGB II):
 * the federal funds are a fixed share of the total administrative costs (84,8 %), the municipality
 * pays the rest. Seed: 8.581.009 / 0,848 = 10.119.114 total, of which 1.538.105 municipal.
 *
 * @param federalFunds     the federal VK budget
 * @param federalSharePct  the federal share in percent, e.g. 84.8
 */
public record MunicipalShare(BigDecimal federalFunds, BigDecimal federalSharePct) {

    /** @return total administrative costs in whole euros, half-up */
    public BigDecimal totalAdministrativeCosts() {
        if (federalFunds == null || federalSharePct == null || federalSharePct.signum() == 0) {
            return null;
        }
        return federalFunds.multiply(Amounts.HUNDRED).divide(federalSharePct, 0, RoundingMode.HALF_UP);
    }

    /** @return the municipal amount: total minus federal funds, whole euros */
    public BigDecimal municipalAmount() {
        BigDecimal total = totalAdministrativeCosts();
        return total == null ? null : Amounts.euros(total.subtract(federalFunds));
    }

    /** @return the municipal share of the total in percent (100 − federal share) */
    public BigDecimal municipalSharePct() {
        return federalSharePct == null ? null : Amounts.HUNDRED.subtract(federalSharePct);
    }
}
