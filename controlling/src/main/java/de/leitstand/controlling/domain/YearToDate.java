package de.leitstand.controlling.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * The year-to-date values against which the annual targets are tracked (domain.md § 1.5). Series and
 * lags come from the catalogue's definitions (K2 for the integrations, K3 for the LZB stock), never
 * from constants.
 * <ul>
 *   <li>Jahresfortschrittswert of K2 for year Y and month m: Σ numerator January..m of Y × 100 /
 *       Ø denominator (January − lag) .. (m − lag); with K2's lag 1: Ø ELB December of Y−1 .. m−1.
 *       In December it is the annual Integrationsquote.</li>
 *   <li>Change of the LZB stock so far: the mean LZB stock January..m of Y against the same months of
 *       Y−1 (annual average basis), or the stock in m against December of Y−1 (December basis).</li>
 * </ul>
 */
public final class YearToDate {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private YearToDate() {
    }

    /** @param k2 the definition of the Integrationsquote valid in the month (numerator, denominator, lag) */
    public static KpiResult integrationRate(KpiDefinition k2, MonthlyFigures figures, YearMonth month) {
        try {
            BigDecimal integrations = BigDecimal.ZERO;
            for (YearMonth m = YearMonth.of(month.getYear(), 1); !m.isAfter(month); m = m.plusMonths(1)) {
                integrations = integrations.add(KpiCalculator.value(figures, k2.numerator(), m));
            }
            BigDecimal stock = BigDecimal.ZERO;
            int months = 0;
            YearMonth last = month.minusMonths(k2.denominatorLag());
            for (YearMonth m = YearMonth.of(month.getYear(), 1).minusMonths(k2.denominatorLag()); !m.isAfter(last); m = m.plusMonths(1)) {
                stock = stock.add(KpiCalculator.value(figures, k2.denominator(), m));
                months++;
            }
            BigDecimal average = stock.divide(BigDecimal.valueOf(months), PRECISION);
            if (average.signum() == 0) {
                return KpiResult.notComputable(KpiCalculator.DENOMINATOR_ZERO);
            }
            return new KpiResult(integrations.multiply(HUNDRED).divide(average, 4, RoundingMode.HALF_UP), integrations,
                    average.setScale(4, RoundingMode.HALF_UP), null);
        } catch (KpiCalculator.MissingInput missing) {
            return KpiResult.notComputable(missing.text());
        }
    }

    /** @return integrations January..m (the JFW numerator), for tracking the absolute target */
    public static BigDecimal integrationsSoFar(KpiDefinition k2, MonthlyFigures figures, YearMonth month) {
        BigDecimal integrations = BigDecimal.ZERO;
        for (YearMonth m = YearMonth.of(month.getYear(), 1); !m.isAfter(month); m = m.plusMonths(1)) {
            integrations = integrations.add(figures.value(k2.numerator(), m).orElse(BigDecimal.ZERO));
        }
        return integrations;
    }

    /**
     * @param annualAverageBasis {@code true}: mean Jan..m against the same months a year earlier; else m against December
     * @return the relative change in percent, as the value of a {@link KpiResult} (e.g. −10,8)
     */
    /** @param k3 the definition of K3 valid in the month (its numerator is the LZB stock) */
    public static KpiResult lzbChange(KpiDefinition k3, MonthlyFigures figures, YearMonth month, boolean annualAverageBasis) {
        Series lzb = k3.numerator();
        try {
            BigDecimal now;
            BigDecimal before;
            if (annualAverageBasis) {
                now = BigDecimal.ZERO;
                before = BigDecimal.ZERO;
                for (YearMonth m = YearMonth.of(month.getYear(), 1); !m.isAfter(month); m = m.plusMonths(1)) {
                    now = now.add(KpiCalculator.value(figures, lzb, m));
                    before = before.add(KpiCalculator.value(figures, lzb, m.minusYears(1)));
                }
            } else {
                now = KpiCalculator.value(figures, lzb, month);
                before = KpiCalculator.value(figures, lzb, YearMonth.of(month.getYear() - 1, 12));
            }
            if (before.signum() == 0) {
                return KpiResult.notComputable(KpiCalculator.DENOMINATOR_ZERO);
            }
            BigDecimal change = now.subtract(before).multiply(HUNDRED).divide(before, 4, RoundingMode.HALF_UP);
            return new KpiResult(change, now, before, null);
        } catch (KpiCalculator.MissingInput missing) {
            return KpiResult.notComputable(missing.text());
        }
    }

    /**
     * Forecast of the year's integrations: the integrations so far plus the rest of the previous year's
     * months, scaled by how this year compares with the same months of last year (seasonal profile).
     *
     * @return {@code null} when the previous year's months are missing or zero
     */
    public static BigDecimal forecastIntegrations(KpiDefinition k2, MonthlyFigures figures, YearMonth month) {
        BigDecimal soFar = BigDecimal.ZERO;
        BigDecimal lastYearSoFar = BigDecimal.ZERO;
        BigDecimal lastYearRest = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            YearMonth lastYear = YearMonth.of(month.getYear() - 1, m);
            var previous = figures.value(k2.numerator(), lastYear);
            if (previous.isEmpty()) {
                return null;
            }
            if (m <= month.getMonthValue()) {
                var current = figures.value(k2.numerator(), YearMonth.of(month.getYear(), m));
                if (current.isEmpty()) {
                    return null;
                }
                soFar = soFar.add(current.get());
                lastYearSoFar = lastYearSoFar.add(previous.get());
            } else {
                lastYearRest = lastYearRest.add(previous.get());
            }
        }
        if (lastYearSoFar.signum() == 0) {
            return null;
        }
        return soFar.add(lastYearRest.multiply(soFar).divide(lastYearSoFar, PRECISION)).setScale(0, RoundingMode.HALF_UP);
    }
}
