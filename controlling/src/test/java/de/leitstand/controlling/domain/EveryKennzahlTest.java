package de.leitstand.controlling.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every one of the 15 Kennzahlen on one hand-computed Jobcenter in June 2020, with every series at a
 * different level so that a Kennzahl reading a wrong series (INT instead of INT_SVB, ELB instead of
 * ELB_AE, ZUG_ELB instead of ZUG_LZB …) gives a different value; then zero denominators and gaps per
 * formula type, and the version boundary of the K3 family. (K2E3 on both sides of its change, K2's lag,
 * K1E4's and K3E4's previous-month stock and the mean-of-rates detail: {@link KpiCalculatorTest}.)
 */
class EveryKennzahlTest {

    private static final YearMonth JUNE = YearMonth.of(2020, 6);

    private final Map<String, BigDecimal> data = new HashMap<>();
    private final MonthlyFigures figures = (series, month) -> Optional.ofNullable(data.get(series + "@" + month));

    private void fill(Series series, long value) {
        for (YearMonth m = YearMonth.of(2018, 1); !m.isAfter(JUNE); m = m.plusMonths(1)) {
            data.put(series + "@" + m, BigDecimal.valueOf(value));
        }
    }

    private void put(Series series, YearMonth month, long value) {
        data.put(series + "@" + month, BigDecimal.valueOf(value));
    }

    private BigDecimal value(String code) {
        return KpiCalculator.compute(KpiCatalogue.byCode(code, JUNE).orElseThrow(), figures, JUNE).value();
    }

    private String reason(String code) {
        return KpiCalculator.compute(KpiCatalogue.byCode(code, JUNE).orElseThrow(), figures, JUNE).notComputableReason().german();
    }

    @BeforeEach
    void aJobcenter() {
        fill(Series.ELB, 5000);
        fill(Series.ELB_AE, 600);
        fill(Series.LZB, 3000);
        fill(Series.INT, 100);
        fill(Series.INT_SVB, 80);
        fill(Series.INT_AE, 15);
        fill(Series.INT_LZB, 30);
        fill(Series.EINTR_GB, 20);
        fill(Series.EINTR_OGB, 10);
        fill(Series.KONT_BESCH, 50);
        fill(Series.LZB_AKTIV, 450);
        fill(Series.ZUG_ELB, 250);
        fill(Series.ABG_ELB, 200);
        fill(Series.ZUG_LZB, 60);
        fill(Series.ABG_LZB, 45);
        fill(Series.LLU_EUR, 1_000_000);
        fill(Series.LUH_EUR, 400_000);
        put(Series.LLU_EUR, JUNE, 950_000);
        put(Series.LUH_EUR, JUNE, 410_000);
        put(Series.ELB, JUNE, 4900);
        put(Series.LZB, JUNE, 2850);
    }

    @Test
    void everyKennzahlReadsItsOwnSeries() {
        assertEquals(new BigDecimal("95.0000"), value("K1"), "LLU 950.000 / 1.000.000 (LUH would give 102,5)");
        assertEquals(new BigDecimal("102.5000"), value("K1E1"), "LUH 410.000 / 400.000");
        assertEquals(new BigDecimal("98.0000"), value("K1E2"), "ELB 4.900 / 5.000");
        assertEquals(new BigDecimal("5.0085"), value("K1E3"), "ZUG_ELB: (11 × 5 % + 250 / 4.900 = 5,1020 %) / 12 — June's own stock");
        assertEquals(new BigDecimal("4.0000"), value("K1E4"), "ABG_ELB 200 / 5.000 of the month before, twelve times");
        assertEquals(new BigDecimal("24.0000"), value("K2"), "12 × INT 100 / Ø ELB 5.000 (lag 1: June's 4.900 not used)");
        assertEquals(new BigDecimal("4.8000"), value("K2E1"), "12 × EINTR_GB 20 / 5.000");
        assertEquals(new BigDecimal("2.4000"), value("K2E2"), "12 × EINTR_OGB 10 / 5.000");
        assertEquals(new BigDecimal("62.5000"), value("K2E3"), "12 × KONT_BESCH 50 / 12 × INT_SVB 80 (with INT: 50,0)");
        assertEquals(new BigDecimal("30.0000"), value("K2E4"), "12 × INT_AE 15 / Ø ELB_AE 600 (with ELB: 3,6)");
        assertEquals(new BigDecimal("95.0000"), value("K3"), "LZB 2.850 / 3.000");
        assertEquals(new BigDecimal("12.0000"), value("K3E1"), "12 × INT_LZB 30 / Ø LZB 3.000");
        assertEquals(new BigDecimal("15.7895"), value("K3E2"), "LZB_AKTIV 450 / LZB 2.850 of the month itself");
        assertEquals(new BigDecimal("2.0088"), value("K3E3"), "ZUG_LZB: 11 × 60 / 3.000 + 60 / 2.850, / 12");
        assertEquals(new BigDecimal("1.5000"), value("K3E4"), "ABG_LZB 45 / 3.000 of the month before");
    }

    @Test
    void zeroDenominatorsAreNotComputableInEveryFormula() {
        put(Series.LLU_EUR, JUNE.minusMonths(12), 0);
        assertEquals("Nenner ist 0.", reason("K1"), "year-on-year ratio");
        fill(Series.ELB_AE, 0);
        assertEquals("Nenner ist 0.", reason("K2E4"), "rolling sum over a mean stock");
        fill(Series.INT_SVB, 0);
        assertEquals("Nenner ist 0.", reason("K2E3"), "rolling sum over a rolling sum: no insured integrations");
        put(Series.LZB, JUNE.minusMonths(1), 0);
        assertEquals("Nenner ist 0: Bestand Langzeitleistungsbeziehende 05/2020.", reason("K3E4"),
                "mean of monthly rates: June's rate divides by May's stock 0");
        assertEquals(new BigDecimal("13.0909"), value("K3E1"), "a single zero month does not zero the mean stock: 360 / Ø 2.750");
    }

    @Test
    void aGapInsideTheWindowNamesTheMissingSeriesAndMonth() {
        data.remove(Series.INT_AE + "@" + YearMonth.of(2019, 9));
        assertEquals("Es fehlt Integrationen von Alleinerziehenden für 09/2019.", reason("K2E4"));
        data.remove(Series.ZUG_LZB + "@" + YearMonth.of(2020, 2));
        assertEquals("Es fehlt Zugänge LZB für 02/2020.", reason("K3E3"));
        data.remove(Series.LUH_EUR + "@" + YearMonth.of(2019, 6));
        assertEquals("Es fehlt Summe der Leistungen für Unterkunft und Heizung (€) für 06/2019.", reason("K1E1"));
        data.remove(Series.INT + "@" + YearMonth.of(2018, 1));
        assertEquals(new BigDecimal("24.0000"), value("K2"), "a gap outside the window does not matter");
    }

    @Test
    void theK3FamilyIsComputedAlikeOnBothSidesOfTheVersionBoundary() {
        YearMonth december2018 = YearMonth.of(2018, 12);
        YearMonth january2019 = YearMonth.of(2019, 1);
        for (String code : new String[]{"K3", "K3E1", "K3E2", "K3E3", "K3E4"}) {
            KpiDefinition old = KpiCatalogue.byCode(code, december2018).orElseThrow();
            KpiDefinition current = KpiCatalogue.byCode(code, january2019).orElseThrow();
            assertEquals(KpiCatalogue.SOURCE_2011, old.source(), code);
            assertEquals(KpiCatalogue.SOURCE_2019, current.source(), code);
            assertEquals(old.numerator(), current.numerator(), code + ": only the name changed");
            assertEquals(old.denominator(), current.denominator(), code);
            assertEquals(old.formulaType(), current.formulaType(), code);
            assertFalse(KpiCalculator.compute(current, figures, december2018).isComputable(), code + " 2019 is not defined in 2018");
        }
        fill(Series.LZB, 3000);
        put(Series.LZB, YearMonth.of(2017, 12), 3000);
        put(Series.LZB, january2019, 2700);
        assertEquals(new BigDecimal("90.0000"), KpiCalculator.compute(KpiCatalogue.byCode("K3", january2019).orElseThrow(), figures,
                january2019).value(), "2.700 / 3.000");
        assertEquals(new BigDecimal("100.0000"), KpiCalculator.compute(KpiCatalogue.byCode("K3", december2018).orElseThrow(), figures,
                december2018).value());
    }
}
