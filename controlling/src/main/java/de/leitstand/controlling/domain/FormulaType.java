package de.leitstand.controlling.domain;

/** How a Kennzahl is computed from its numerator and denominator series (domain.md § 1.3). */
public enum FormulaType {
    /** value(t) / value(t − 12): K1, K1E1, K1E2, K3 */
    YOY_RATIO,
    /** Σ numerator over 12 months / Ø denominator over 12 months shifted by the denominator lag: K2 family */
    ROLLING12_SUM_OVER_AVG,
    /** mean over 12 months of numerator(m) / denominator(m − lag): K1E3, K1E4, K3E3, K3E4 */
    AVG12_OF_MONTHLY_RATES,
    /** Σ numerator / Σ denominator over the same 12 months, both shifted back by the extra lag: K2E3 */
    ROLLING12_SUM_RATIO,
    /** numerator(t) / denominator(t): K3E2 */
    STOCK_SHARE
}
