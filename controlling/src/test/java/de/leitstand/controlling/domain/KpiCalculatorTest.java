package de.leitstand.controlling.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every formula of the ordinance on hand-computed examples, with missing months and zero denominators. */
class KpiCalculatorTest {

    private final Map<String, BigDecimal> data = new HashMap<>();
    private final MonthlyFigures figures = (series, month) -> Optional.ofNullable(data.get(series + "@" + month));

    private void put(Series series, YearMonth month, long value) {
        data.put(series + "@" + month, BigDecimal.valueOf(value));
    }

    /** Sets the series for every month from {@code from} to {@code to}. */
    private void fill(Series series, YearMonth from, YearMonth to, long value) {
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            put(series, m, value);
        }
    }

    private static KpiDefinition kpi(String code) {
        return KpiCatalogue.byCode(code).orElseThrow();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void yearOnYearRatio() {
        put(Series.ELB, YearMonth.of(2020, 3), 5400);
        put(Series.ELB, YearMonth.of(2019, 3), 5600);
        KpiResult k1e2 = KpiCalculator.compute(kpi("K1E2"), figures, YearMonth.of(2020, 3));
        assertEquals(d("96.4286"), k1e2.value(), "5.400 / 5.600 × 100");
        assertEquals(d("-3.5714"), k1e2.changePercent());
        assertEquals(d("5400"), k1e2.numerator());
        assertEquals(d("5600"), k1e2.denominator());
    }

    @Test
    void integrationRateUsesTheTwelvePreviousMonthsAsDenominator() {
        YearMonth march2020 = YearMonth.of(2020, 3);
        fill(Series.INT, YearMonth.of(2019, 4), march2020, 100);
        fill(Series.ELB, YearMonth.of(2019, 3), YearMonth.of(2020, 2), 5000);
        put(Series.ELB, march2020, 1);
        KpiResult k2 = KpiCalculator.compute(kpi("K2"), figures, march2020);
        assertEquals(d("24.0000"), k2.value(), "1.200 / Ø 5.000 × 100, the reference month's stock is not used");
        assertEquals(d("1200"), k2.numerator());
        assertEquals(0, d("5000").compareTo(k2.denominator()));
    }

    @Test
    void aMissingMonthMakesTheValueNotComputableAndNamesIt() {
        YearMonth march2020 = YearMonth.of(2020, 3);
        fill(Series.INT, YearMonth.of(2019, 4), march2020, 100);
        fill(Series.ELB, YearMonth.of(2019, 3), YearMonth.of(2020, 2), 5000);
        data.remove(Series.ELB + "@" + YearMonth.of(2019, 8));
        KpiResult k2 = KpiCalculator.compute(kpi("K2"), figures, march2020);
        assertFalse(k2.isComputable());
        assertEquals(null, k2.value(), "never 0");
        assertEquals("Es fehlt Bestand erwerbsfähige Leistungsberechtigte für 08/2019.", k2.notComputableReason());
    }

    @Test
    void aZeroDenominatorIsNotComputable() {
        put(Series.LZB_AKTIV, YearMonth.of(2020, 3), 10);
        put(Series.LZB, YearMonth.of(2020, 3), 0);
        KpiResult k3e2 = KpiCalculator.compute(kpi("K3E2"), figures, YearMonth.of(2020, 3));
        assertFalse(k3e2.isComputable());
        assertEquals("Nenner ist 0.", k3e2.notComputableReason());
        put(Series.LZB, YearMonth.of(2020, 3), 4000);
        assertEquals(d("0.2500"), KpiCalculator.compute(kpi("K3E2"), figures, YearMonth.of(2020, 3)).value());
    }

    @Test
    void outflowRateDividesByThePreviousMonthsStock() {
        YearMonth end = YearMonth.of(2020, 12);
        fill(Series.ABG_ELB, YearMonth.of(2020, 1), end, 50);
        fill(Series.ELB, YearMonth.of(2019, 12), YearMonth.of(2020, 11), 5000);
        put(Series.ELB, YearMonth.of(2019, 12), 2500);
        KpiResult k1e4 = KpiCalculator.compute(kpi("K1E4"), figures, end);
        // January: 50 / 2.500 = 2 %; eleven months 50 / 5.000 = 1 % → mean (2 + 11) / 12 = 1,0833 %
        assertEquals(d("1.0833"), k1e4.value());
        KpiResult k1e3 = KpiCalculator.compute(kpi("K1E3"), figures, end);
        assertFalse(k1e3.isComputable(), "K1E3 needs the inflows and the same month's stock (December 2020 is missing)");
    }

    @Test
    void continuousEmploymentLooksSixMonthsFurtherBack() {
        YearMonth month = YearMonth.of(2020, 12);
        fill(Series.KONT_BESCH, YearMonth.of(2019, 7), YearMonth.of(2020, 6), 60);
        fill(Series.INT, YearMonth.of(2019, 7), YearMonth.of(2020, 6), 100);
        KpiResult k2e3 = KpiCalculator.compute(kpi("K2E3"), figures, month);
        assertEquals(d("60.0000"), k2e3.value(), "720 / 1.200 over July 2019 – June 2020");
        assertFalse(KpiCalculator.compute(kpi("K2E3"), figures, YearMonth.of(2018, 12)).isComputable(), "valid from 2019");
    }

    @Test
    void yearToDateIntegrationRateAcrossTheYearBoundary() {
        put(Series.ELB, YearMonth.of(2019, 12), 5000);
        put(Series.INT, YearMonth.of(2020, 1), 100);
        assertEquals(d("2.0000"), YearToDate.integrationRate(figures, YearMonth.of(2020, 1)).value(), "January: 100 / ELB of December");
        put(Series.ELB, YearMonth.of(2020, 1), 5200);
        put(Series.ELB, YearMonth.of(2020, 2), 5300);
        put(Series.INT, YearMonth.of(2020, 2), 110);
        put(Series.INT, YearMonth.of(2020, 3), 120);
        KpiResult march = YearToDate.integrationRate(figures, YearMonth.of(2020, 3));
        // 330 / Ø (5.000, 5.200, 5.300) = 330 / 5.166,67 = 6,3871 %
        assertEquals(d("6.3871"), march.value());
        assertEquals(d("330"), march.numerator());
        assertFalse(YearToDate.integrationRate(figures, YearMonth.of(2020, 4)).isComputable(), "April integrations missing");
    }

    @Test
    void lzbChangeOnBothBases() {
        put(Series.LZB, YearMonth.of(2019, 1), 4000);
        put(Series.LZB, YearMonth.of(2019, 2), 4200);
        put(Series.LZB, YearMonth.of(2020, 1), 3600);
        put(Series.LZB, YearMonth.of(2020, 2), 3700);
        put(Series.LZB, YearMonth.of(2019, 12), 3800);
        assertEquals(d("-10.9756"), YearToDate.lzbChange(figures, YearMonth.of(2020, 2), true).value(), "7.300 / 8.200 − 1");
        assertEquals(d("-2.6316"), YearToDate.lzbChange(figures, YearMonth.of(2020, 2), false).value(), "3.700 / 3.800 − 1");
    }

    @Test
    void forecastFollowsLastYearsSeasonalProfile() {
        fill(Series.INT, YearMonth.of(2019, 1), YearMonth.of(2019, 12), 100);
        fill(Series.INT, YearMonth.of(2020, 1), YearMonth.of(2020, 6), 90);
        // 540 so far; last year's rest 600 scaled by 540 / 600 = 540 → 1.080
        assertEquals(d("1080"), YearToDate.forecastIntegrations(figures, YearMonth.of(2020, 6)));
        data.remove(Series.INT + "@" + YearMonth.of(2019, 11));
        assertEquals(null, YearToDate.forecastIntegrations(figures, YearMonth.of(2020, 6)));
    }

    @Test
    void theCatalogueHoldsEveryFigureOfTheOrdinance() {
        assertEquals(15, KpiCatalogue.ORDINANCE_2019.size());
        assertTrue(KpiCatalogue.ORDINANCE_2019.stream().filter(KpiDefinition::keyIndicator).map(KpiDefinition::code).toList()
                .containsAll(java.util.List.of("K1", "K2", "K3")));
    }
}
