package de.leitstand.controlling.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * Tracks the Ziel-2 target of one gender (total, women or men) through the year: the integrations and
 * the Jahresfortschrittswert so far against what is due by the month, the forecast against the year's
 * target, and the traffic light.
 * <ul>
 *   <li>A row with planned integrations is judged by integrations (as the total always was): attainment
 *       = integrations so far / planned to date, forecast attainment = forecast integrations / planned.</li>
 *   <li>A row with only a quota target (the Zielvereinbarung sets K2 for women and men) is judged by the
 *       quota: attainment = Jahresfortschrittswert / quota due by the month (quota × share of the year due),
 *       forecast attainment = forecast quota / quota, where the forecast quota is the forecast integrations
 *       over the Jahresfortschrittswert's mean ELB stock so far.</li>
 *   <li>The light follows the forecast attainment, else the attainment so far: from the green threshold
 *       GRUEN, from the yellow one GELB, else ROT; UNBEKANNT when neither can be computed; KEIN_ZIEL
 *       without a target.</li>
 * </ul>
 * The share of the year due by the month is the total's target path to date over its planned
 * integrations, else month / 12; a gender's planned integrations to date are its planned integrations
 * times that share.
 */
public final class TargetTracker {

    /** How a row was judged. */
    public enum Basis { INTEGRATIONEN, QUOTE, KEIN_ZIEL }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal green;
    private final BigDecimal yellow;

    /** @param green attainment in percent from which the light is green (e.g. 100); {@code yellow} likewise (e.g. 95) */
    public TargetTracker(BigDecimal green, BigDecimal yellow) {
        this.green = green;
        this.yellow = yellow;
    }

    /** The part of the year's target due by a month: {@code due / of} (e.g. path to date / planned, or m / 12). */
    public record Share(int due, int of) {

        public static Share evenly(YearMonth month) {
            return new Share(month.getMonthValue(), 12);
        }

        public Integer of(Integer planned) {
            return planned == null || of == 0 ? null : BigDecimal.valueOf(planned).multiply(BigDecimal.valueOf(due))
                    .divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP).intValue();
        }

        BigDecimal of(BigDecimal rate) {
            return rate == null || of == 0 ? null : rate.multiply(BigDecimal.valueOf(due)).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * @param plannedRateToDate the quota due by the month (quota × share), {@code null} without a quota target
     * @param forecastRate      forecast integrations × 100 / the Jahresfortschrittswert's mean ELB stock
     */
    public record Tracked(Integer plannedIntegrations, BigDecimal plannedRate, BigDecimal integrationsSoFar, Integer plannedToDate,
                          BigDecimal attainmentPercent, KpiResult yearToDate, BigDecimal plannedRateToDate,
                          BigDecimal forecastIntegrations, BigDecimal forecastRate, BigDecimal forecastAttainmentPercent,
                          Basis judgedBy, String trafficLight) {
    }

    /**
     * @param k2         the definition of the Integrationsquote valid in the month
     * @param figures    the gender's figures from January − max(12, lag) of the year to the month
     * @param planned    the gender's planned integrations, {@code null} if none
     * @param plannedRate the gender's quota target, {@code null} if none
     * @param share      the part of the year due by the month
     */
    public Tracked track(KpiDefinition k2, MonthlyFigures figures, YearMonth month, Integer planned, BigDecimal plannedRate,
                         Share share) {
        BigDecimal soFar = YearToDate.integrationsSoFar(k2, figures, month);
        KpiResult jfw = YearToDate.integrationRate(k2, figures, month);
        BigDecimal forecast = YearToDate.forecastIntegrations(k2, figures, month);
        BigDecimal forecastRate = forecast == null || !jfw.isComputable() ? null
                : forecast.multiply(HUNDRED).divide(jfw.denominator(), 4, RoundingMode.HALF_UP);
        Integer plannedToDate = share.of(planned);
        BigDecimal rateToDate = share.of(plannedRate);
        Basis basis = planned != null ? Basis.INTEGRATIONEN : plannedRate != null ? Basis.QUOTE : Basis.KEIN_ZIEL;
        BigDecimal attainment;
        BigDecimal forecastAttainment;
        if (basis == Basis.QUOTE) {
            attainment = percent(jfw.value(), rateToDate);
            forecastAttainment = percent(forecastRate, plannedRate);
        } else {
            attainment = percent(soFar, plannedToDate == null ? null : BigDecimal.valueOf(plannedToDate));
            forecastAttainment = percent(forecast, planned == null ? null : BigDecimal.valueOf(planned));
        }
        return new Tracked(planned, plannedRate, soFar, plannedToDate, attainment, jfw, rateToDate, forecast, forecastRate,
                forecastAttainment, basis, light(basis, forecastAttainment != null ? forecastAttainment : attainment));
    }

    /** GRUEN from the green threshold of attainment, GELB from the yellow one, else ROT. */
    public String light(Basis basis, BigDecimal attainment) {
        if (basis == Basis.KEIN_ZIEL) {
            return "KEIN_ZIEL";
        }
        if (attainment == null) {
            return "UNBEKANNT";
        }
        return attainment.compareTo(green) >= 0 ? "GRUEN" : attainment.compareTo(yellow) >= 0 ? "GELB" : "ROT";
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part == null || whole == null || whole.signum() == 0 ? null
                : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
