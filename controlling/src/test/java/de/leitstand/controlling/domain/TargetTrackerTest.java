package de.leitstand.controlling.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The Ziel-2 tracking of one gender, on hand-computed figures: women with 2.400 ELB every month and 40
 * integrations a month in 2019 and January–June 2020 — Jahresfortschrittswert in June 240 / Ø 2.400 = 10 %,
 * forecast 240 + 240 = 480 integrations = 20 % of the mean ELB.
 */
class TargetTrackerTest {

    private static final YearMonth JUNE = YearMonth.of(2020, 6);
    private static final KpiDefinition K2 = KpiCatalogue.byCode("K2").orElseThrow();

    private final Map<String, BigDecimal> data = new HashMap<>();
    private final MonthlyFigures women = (series, month) -> Optional.ofNullable(data.get(series + "@" + month));
    private final TargetTracker tracker = new TargetTracker(BigDecimal.valueOf(100), BigDecimal.valueOf(95));

    @BeforeEach
    void twoYearsOfWomen() {
        for (YearMonth m = YearMonth.of(2018, 12); !m.isAfter(JUNE); m = m.plusMonths(1)) {
            data.put(Series.ELB + "@" + m, BigDecimal.valueOf(2400));
            if (m.getYear() >= 2019) {
                data.put(Series.INT + "@" + m, BigDecimal.valueOf(40));
            }
        }
    }

    private TargetTracker.Tracked track(Integer planned, String rate) {
        return tracker.track(K2, women, JUNE, planned, rate == null ? null : new BigDecimal(rate), TargetTracker.Share.evenly(JUNE));
    }

    @Test
    void aQuotaTargetAloneIsJudgedByTheQuota() {
        TargetTracker.Tracked t = track(null, "21.5");
        assertEquals(TargetTracker.Basis.QUOTE, t.judgedBy());
        assertEquals(0, new BigDecimal("240").compareTo(t.integrationsSoFar()));
        assertEquals(new BigDecimal("10.0000"), t.yearToDate().value(), "240 × 100 / 2.400");
        assertEquals(new BigDecimal("10.75"), t.plannedRateToDate(), "21,5 × 6 / 12");
        assertEquals(new BigDecimal("93.0"), t.attainmentPercent(), "10 / 10,75");
        assertEquals(new BigDecimal("480"), t.forecastIntegrations());
        assertEquals(new BigDecimal("20.0000"), t.forecastRate(), "480 × 100 / 2.400");
        assertEquals(new BigDecimal("93.0"), t.forecastAttainmentPercent(), "20 / 21,5");
        assertEquals("ROT", t.trafficLight());
        assertNull(t.plannedIntegrations());
        assertNull(t.plannedToDate());
    }

    @Test
    void theLightFollowsTheForecastQuotaAgainstTheThresholds() {
        assertEquals("GRUEN", track(null, "20.0").trafficLight(), "20 / 20 = 100 %");
        assertEquals("GELB", track(null, "20.8").trafficLight(), "20 / 20,8 = 96,2 %");
        assertEquals("ROT", track(null, "21.1").trafficLight(), "20 / 21,1 = 94,8 %");
    }

    @Test
    void plannedIntegrationsTakePrecedenceOverTheQuota() {
        TargetTracker.Tracked t = track(480, "30.0");
        assertEquals(TargetTracker.Basis.INTEGRATIONEN, t.judgedBy());
        assertEquals(240, t.plannedToDate());
        assertEquals(new BigDecimal("100.0"), t.attainmentPercent());
        assertEquals(new BigDecimal("100.0"), t.forecastAttainmentPercent());
        assertEquals("GRUEN", t.trafficLight());
        assertEquals(new BigDecimal("15.00"), t.plannedRateToDate(), "the quota due is still shown: 30 × 6 / 12");
    }

    @Test
    void withoutATargetThereIsNoLight() {
        TargetTracker.Tracked t = track(null, null);
        assertEquals(TargetTracker.Basis.KEIN_ZIEL, t.judgedBy());
        assertEquals("KEIN_ZIEL", t.trafficLight());
        assertEquals(new BigDecimal("10.0000"), t.yearToDate().value(), "the Jahresfortschrittswert is shown all the same");
    }

    @Test
    void withoutAForecastTheYearSoFarDecides() {
        data.remove(Series.INT + "@" + YearMonth.of(2019, 11));
        TargetTracker.Tracked below = track(null, "21.5");
        assertNull(below.forecastRate());
        assertNull(below.forecastAttainmentPercent());
        assertEquals("ROT", below.trafficLight(), "10 / 10,75 = 93,0 %");
        TargetTracker.Tracked above = track(null, "18.0");
        assertEquals(new BigDecimal("111.1"), above.attainmentPercent(), "10 / 9");
        assertEquals("GRUEN", above.trafficLight());
    }

    @Test
    void aGapInTheStockMakesTheQuotaUnknownNotRed() {
        data.remove(Series.ELB + "@" + YearMonth.of(2020, 3));
        TargetTracker.Tracked t = track(null, "21.5");
        assertNull(t.yearToDate().value());
        assertNull(t.forecastRate());
        assertNull(t.attainmentPercent());
        assertEquals("UNBEKANNT", t.trafficLight());
    }

    @Test
    void theQuotaDueFollowsTheTotalTargetPath() {
        // the total's path has 520 of 1.300 by June
        TargetTracker.Tracked t = tracker.track(K2, women, JUNE, null, new BigDecimal("20.0"), new TargetTracker.Share(520, 1300));
        assertEquals(new BigDecimal("8.00"), t.plannedRateToDate(), "20 × 520 / 1.300");
        assertEquals(new BigDecimal("125.0"), t.attainmentPercent(), "10 / 8");
        TargetTracker.Tracked withCount = tracker.track(K2, women, JUNE, 520, null, new TargetTracker.Share(650, 1300));
        assertEquals(260, withCount.plannedToDate(), "520 × 650 / 1.300");
    }

    @Test
    void aZeroTargetCannotBeAttainedInPercent() {
        TargetTracker.Tracked t = track(null, "0.0");
        assertNull(t.forecastAttainmentPercent());
        assertNull(t.attainmentPercent());
        assertEquals("UNBEKANNT", t.trafficLight());
    }
}
