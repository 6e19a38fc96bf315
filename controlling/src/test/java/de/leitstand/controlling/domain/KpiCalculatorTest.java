package de.leitstand.controlling.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
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
        assertEquals("Es fehlt Bestand erwerbsfähige Leistungsberechtigte für 08/2019.", k2.notComputableReason().german());
        assertEquals("Stock of employable beneficiaries is missing for 08/2019.", k2.notComputableReason().in(java.util.Locale.ENGLISH));
    }

    @Test
    void aZeroDenominatorIsNotComputable() {
        put(Series.LZB_AKTIV, YearMonth.of(2020, 3), 10);
        put(Series.LZB, YearMonth.of(2020, 3), 0);
        KpiResult k3e2 = KpiCalculator.compute(kpi("K3E2"), figures, YearMonth.of(2020, 3));
        assertFalse(k3e2.isComputable());
        assertEquals("Nenner ist 0.", k3e2.notComputableReason().german());
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
    void continuousEmploymentLooksSixMonthsFurtherBackAndCountsOnlyInsuredEmployment() {
        YearMonth month = YearMonth.of(2020, 12);
        fill(Series.KONT_BESCH, YearMonth.of(2019, 7), YearMonth.of(2020, 6), 60);
        fill(Series.INT, YearMonth.of(2019, 7), YearMonth.of(2020, 6), 100);
        fill(Series.INT_SVB, YearMonth.of(2019, 7), YearMonth.of(2020, 6), 80);
        KpiResult k2e3 = KpiCalculator.compute(kpi("K2E3"), figures, month);
        assertEquals(d("75.0000"), k2e3.value(), "720 / 960 over July 2019 – June 2020 (not 720 / 1.200 = 60 % with all integrations)");
        assertEquals(d("720"), k2e3.numerator());
        assertEquals(d("960"), k2e3.denominator());
        put(Series.INT_SVB, YearMonth.of(2019, 7), 0);
        assertEquals(d("81.8182"), KpiCalculator.compute(kpi("K2E3"), figures, month).value(), "720 / 880");
        put(Series.INT, YearMonth.of(2020, 7), 0);
        put(Series.INT_SVB, YearMonth.of(2020, 7), 0);
        assertEquals(d("81.8182"), KpiCalculator.compute(kpi("K2E3"), figures, month).value(), "months after June 2020 are not used");
    }

    @Test
    void continuousEmploymentWithAGapOrNoInsuredIntegrations() {
        YearMonth month = YearMonth.of(2020, 12);
        fill(Series.KONT_BESCH, YearMonth.of(2019, 7), YearMonth.of(2020, 6), 0);
        fill(Series.INT, YearMonth.of(2019, 7), YearMonth.of(2020, 6), 100);
        fill(Series.INT_SVB, YearMonth.of(2019, 7), YearMonth.of(2020, 6), 0);
        KpiResult zero = KpiCalculator.compute(kpi("K2E3"), figures, month);
        assertFalse(zero.isComputable(), "no integrations into insured employment: not computable although INT > 0");
        assertEquals("Nenner ist 0.", zero.notComputableReason().german());
        assertEquals("The denominator is 0.", zero.notComputableReason().in(java.util.Locale.ENGLISH));
        data.remove(Series.INT_SVB + "@" + YearMonth.of(2019, 11));
        KpiResult gap = KpiCalculator.compute(kpi("K2E3"), figures, month);
        assertFalse(gap.isComputable());
        assertEquals("Es fehlt Integrationen in sozialversicherungspflichtige Beschäftigung für 11/2019.", gap.notComputableReason().german());
    }

    @Test
    void beforeTheVersionOf2019K2E3IsTheSustainabilityOfIntegrationsTwelveMonthsBack() {
        // December 2018 (version 2011): Σ NACH_INT / Σ INT_SVB over January – December 2017
        fill(Series.NACH_INT, YearMonth.of(2017, 1), YearMonth.of(2017, 12), 44);
        fill(Series.INT_SVB, YearMonth.of(2017, 1), YearMonth.of(2018, 12), 80);
        fill(Series.INT, YearMonth.of(2017, 1), YearMonth.of(2018, 12), 100);
        fill(Series.KONT_BESCH, YearMonth.of(2017, 8), YearMonth.of(2018, 7), 50);
        KpiDefinition old = KpiCatalogue.byCode("K2E3", YearMonth.of(2018, 12)).orElseThrow();
        assertEquals("Nachhaltigkeit der Integrationen", old.name());
        assertEquals(KpiCatalogue.SOURCE_2011, old.source());
        KpiResult december2018 = KpiCalculator.compute(old, figures, YearMonth.of(2018, 12));
        assertEquals(d("55.0000"), december2018.value(), "528 / 960");
        // January 2019 (version 2019): Σ KONT_BESCH / Σ INT_SVB over August 2017 – July 2018
        KpiDefinition current = KpiCatalogue.byCode("K2E3", YearMonth.of(2019, 1)).orElseThrow();
        assertEquals("Kontinuierliche Beschäftigung nach Integration", current.name());
        assertEquals(KpiCatalogue.SOURCE_2019, current.source());
        assertEquals(d("62.5000"), KpiCalculator.compute(current, figures, YearMonth.of(2019, 1)).value(), "600 / 960");
        // each version refuses the months of the other
        assertFalse(KpiCalculator.compute(current, figures, YearMonth.of(2018, 12)).isComputable());
        assertEquals("K2E3 ist für 12/2018 nicht definiert (Gültigkeit der Verordnung).",
                KpiCalculator.compute(current, figures, YearMonth.of(2018, 12)).notComputableReason().german());
        assertFalse(KpiCalculator.compute(old, figures, YearMonth.of(2019, 1)).isComputable());
        // a gap in the old numerator
        data.remove(Series.NACH_INT + "@" + YearMonth.of(2017, 3));
        assertEquals("Es fehlt Nachhaltige Integrationen für 03/2017.",
                KpiCalculator.compute(old, figures, YearMonth.of(2018, 12)).notComputableReason().german());
    }

    @Test
    void everyCodeHasExactlyOneVersionInEveryMonth() {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        KpiCatalogue.DEFINITIONS.forEach(k -> codes.add(k.code()));
        assertEquals(15, codes.size());
        for (YearMonth m = YearMonth.of(2011, 1); m.isBefore(YearMonth.of(2031, 1)); m = m.plusMonths(1)) {
            List<KpiDefinition> valid = KpiCatalogue.validIn(KpiCatalogue.DEFINITIONS, m);
            assertEquals(List.copyOf(codes), valid.stream().map(KpiDefinition::code).toList(), "one version per code in " + m);
        }
        assertEquals("Veränderung des Bestands an Langzeitleistungsbeziehern",
                KpiCatalogue.byCode("K3", YearMonth.of(2018, 12)).orElseThrow().name());
        assertEquals("Veränderung des Bestands an Langzeitleistungsbeziehenden",
                KpiCatalogue.byCode("K3", YearMonth.of(2019, 1)).orElseThrow().name());
        assertEquals(Series.INT_SVB, KpiCatalogue.byCode("K2E3").orElseThrow().denominator());
        assertEquals(23, KpiCatalogue.lookBackMonths(KpiCatalogue.DEFINITIONS), "old K2E3: 12 months back plus the window");
    }

    @Test
    void meanOfRatesShowsItsTwelveMonthsAndANumeratorThatReproducesTheValue() {
        YearMonth end = YearMonth.of(2020, 12);
        fill(Series.ABG_LZB, YearMonth.of(2020, 1), end, 30);
        fill(Series.LZB, YearMonth.of(2019, 12), end, 4000);
        put(Series.LZB, YearMonth.of(2020, 5), 3000);
        KpiResult k3e4 = KpiCalculator.compute(kpi("K3E4"), figures, end);
        // June: 30 / 3.000 (May's stock) = 1 %; eleven months 30 / 4.000 = 0,75 % → (1 + 8,25) / 12 = 0,7708 %
        assertEquals(d("0.7708"), k3e4.value());
        assertEquals(0, d("9.25").compareTo(k3e4.numerator()), "sum of the monthly rates in percent");
        assertEquals(0, d("12").compareTo(k3e4.denominator()));
        assertEquals(k3e4.value(), k3e4.numerator().divide(k3e4.denominator(), 4, java.math.RoundingMode.HALF_UP));
        assertEquals(12, k3e4.monthlyRates().size());
        KpiResult.MonthlyRate june = k3e4.monthlyRates().get(5);
        assertEquals(YearMonth.of(2020, 6), june.month());
        assertEquals(YearMonth.of(2020, 5), june.denominatorMonth());
        assertEquals(d("30"), june.numerator());
        assertEquals(d("3000"), june.denominator());
        assertEquals(0, d("1").compareTo(june.ratePercent()));
        assertEquals(YearMonth.of(2019, 12), k3e4.monthlyRates().get(0).denominatorMonth(), "January divides by December");
        // the wrong reading Σ flows / Σ stocks would give 360 / 47.000 = 0,7660 %
    }

    @Test
    void yearToDateTakesSeriesAndLagFromTheDefinition() {
        KpiDefinition k2 = kpi("K2");
        KpiDefinition sameMonthStock = new KpiDefinition("K2", "Integrationsquote", FormulaType.ROLLING12_SUM_OVER_AVG,
                Series.INT_SVB, Series.ELB, 0, 0, 2, true, true, null, null, "Test");
        put(Series.ELB, YearMonth.of(2019, 12), 5000);
        put(Series.ELB, YearMonth.of(2020, 1), 4000);
        put(Series.INT, YearMonth.of(2020, 1), 100);
        put(Series.INT_SVB, YearMonth.of(2020, 1), 80);
        assertEquals(d("2.0000"), YearToDate.integrationRate(k2, figures, YearMonth.of(2020, 1)).value(), "100 / 5.000 (December)");
        assertEquals(d("2.0000"), YearToDate.integrationRate(sameMonthStock, figures, YearMonth.of(2020, 1)).value(), "80 / 4.000 (January)");
        assertEquals(d("80"), YearToDate.integrationsSoFar(sameMonthStock, figures, YearMonth.of(2020, 1)));
    }

    @Test
    void yearToDateIntegrationRateAcrossTheYearBoundary() {
        put(Series.ELB, YearMonth.of(2019, 12), 5000);
        put(Series.INT, YearMonth.of(2020, 1), 100);
        assertEquals(d("2.0000"), YearToDate.integrationRate(kpi("K2"), figures, YearMonth.of(2020, 1)).value(), "January: 100 / ELB of December");
        put(Series.ELB, YearMonth.of(2020, 1), 5200);
        put(Series.ELB, YearMonth.of(2020, 2), 5300);
        put(Series.INT, YearMonth.of(2020, 2), 110);
        put(Series.INT, YearMonth.of(2020, 3), 120);
        KpiResult march = YearToDate.integrationRate(kpi("K2"), figures, YearMonth.of(2020, 3));
        // 330 / Ø (5.000, 5.200, 5.300) = 330 / 5.166,67 = 6,3871 %
        assertEquals(d("6.3871"), march.value());
        assertEquals(d("330"), march.numerator());
        assertFalse(YearToDate.integrationRate(kpi("K2"), figures, YearMonth.of(2020, 4)).isComputable(), "April integrations missing");
    }

    @Test
    void lzbChangeOnBothBases() {
        put(Series.LZB, YearMonth.of(2019, 1), 4000);
        put(Series.LZB, YearMonth.of(2019, 2), 4200);
        put(Series.LZB, YearMonth.of(2020, 1), 3600);
        put(Series.LZB, YearMonth.of(2020, 2), 3700);
        put(Series.LZB, YearMonth.of(2019, 12), 3800);
        assertEquals(d("-10.9756"), YearToDate.lzbChange(kpi("K3"), figures, YearMonth.of(2020, 2), true).value(), "7.300 / 8.200 − 1");
        assertEquals(d("-2.6316"), YearToDate.lzbChange(kpi("K3"), figures, YearMonth.of(2020, 2), false).value(), "3.700 / 3.800 − 1");
    }

    @Test
    void forecastFollowsLastYearsSeasonalProfile() {
        fill(Series.INT, YearMonth.of(2019, 1), YearMonth.of(2019, 12), 100);
        fill(Series.INT, YearMonth.of(2020, 1), YearMonth.of(2020, 6), 90);
        // 540 so far; last year's rest 600 scaled by 540 / 600 = 540 → 1.080
        assertEquals(d("1080"), YearToDate.forecastIntegrations(kpi("K2"), figures, YearMonth.of(2020, 6)));
        data.remove(Series.INT + "@" + YearMonth.of(2019, 11));
        assertEquals(null, YearToDate.forecastIntegrations(kpi("K2"), figures, YearMonth.of(2020, 6)));
    }

    @Test
    void theCatalogueHoldsEveryFigureOfTheOrdinance() {
        assertEquals(15, KpiCatalogue.ORDINANCE_2019.size());
        assertTrue(KpiCatalogue.ORDINANCE_2019.stream().filter(KpiDefinition::keyIndicator).map(KpiDefinition::code).toList()
                .containsAll(java.util.List.of("K1", "K2", "K3")));
    }
}
