package de.leitstand.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/**
 * The reference values of the planning basis for one Jobcenter ("Gemeinsame Planungsgrundlagen …
 * mit Referenzwerten/Korridoren"): for the Integrationsquote (total, women, men) and the LZB change a
 * corridor from low to high; a single reference value is a corridor of width zero.
 */
@Embeddable
public class ReferenceFrame {

    @Column(name = "ref_rate_low", precision = 5, scale = 1)
    private BigDecimal rateLow;

    @Column(name = "ref_rate_high", precision = 5, scale = 1)
    private BigDecimal rateHigh;

    @Column(name = "ref_rate_women_low", precision = 5, scale = 1)
    private BigDecimal rateWomenLow;

    @Column(name = "ref_rate_women_high", precision = 5, scale = 1)
    private BigDecimal rateWomenHigh;

    @Column(name = "ref_rate_men_low", precision = 5, scale = 1)
    private BigDecimal rateMenLow;

    @Column(name = "ref_rate_men_high", precision = 5, scale = 1)
    private BigDecimal rateMenHigh;

    @Column(name = "ref_lzb_low", precision = 5, scale = 1)
    private BigDecimal lzbLow;

    @Column(name = "ref_lzb_high", precision = 5, scale = 1)
    private BigDecimal lzbHigh;

    protected ReferenceFrame() {
        // for JPA
    }

    /** Each high may be {@code null}: then the low is the single reference value. */
    public ReferenceFrame(BigDecimal rateLow, BigDecimal rateHigh, BigDecimal rateWomenLow, BigDecimal rateWomenHigh,
                          BigDecimal rateMenLow, BigDecimal rateMenHigh, BigDecimal lzbLow, BigDecimal lzbHigh) {
        this.rateLow = rateLow;
        this.rateHigh = rateHigh == null ? rateLow : rateHigh;
        this.rateWomenLow = rateWomenLow;
        this.rateWomenHigh = rateWomenHigh == null ? rateWomenLow : rateWomenHigh;
        this.rateMenLow = rateMenLow;
        this.rateMenHigh = rateMenHigh == null ? rateMenLow : rateMenHigh;
        this.lzbLow = lzbLow;
        this.lzbHigh = lzbHigh == null ? lzbLow : lzbHigh;
    }

    /**
     * @return where an offered value stands against a corridor: below (for a quota: too low), within, above;
     *         {@code null} when either is missing
     */
    public static Position position(BigDecimal offered, BigDecimal low, BigDecimal high) {
        if (offered == null || low == null) {
            return null;
        }
        if (offered.compareTo(low) < 0) {
            return Position.BELOW;
        }
        return high != null && offered.compareTo(high) > 0 ? Position.ABOVE : Position.WITHIN;
    }

    /** An offered value against the reference corridor. */
    public enum Position {
        BELOW, WITHIN, ABOVE
    }

    public BigDecimal getRateLow() { return rateLow; }
    public BigDecimal getRateHigh() { return rateHigh; }
    public BigDecimal getRateWomenLow() { return rateWomenLow; }
    public BigDecimal getRateWomenHigh() { return rateWomenHigh; }
    public BigDecimal getRateMenLow() { return rateMenLow; }
    public BigDecimal getRateMenHigh() { return rateMenHigh; }
    public BigDecimal getLzbLow() { return lzbLow; }
    public BigDecimal getLzbHigh() { return lzbHigh; }
}
