package de.leitstand.controlling.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plausibility rules at their edges. */
class PlausibilityRulesTest {

    private static final YearMonth MONTH = YearMonth.of(2020, 6);
    private static final PlausibilityRules.Settings SETTINGS = new PlausibilityRules.Settings(new BigDecimal("3.5"), new BigDecimal("2"));
    private final Map<String, BigDecimal> data = new HashMap<>();

    private void put(Gender gender, Series series, YearMonth month, String value) {
        data.put(gender + "|" + series + "|" + month, new BigDecimal(value));
    }

    private void put(Series series, YearMonth month, String value) {
        put(Gender.GESAMT, series, month, value);
    }

    private MonthlyFigures figures(Gender gender) {
        return (series, month) -> Optional.ofNullable(data.get(gender + "|" + series + "|" + month));
    }

    /** Imports the value (stores it, as the import does before the check) and returns the warnings. */
    private List<PlausibilityRules.Warning> importing(Gender gender, Series series, YearMonth month, String value) {
        put(gender, series, month, value);
        return PlausibilityRules.check(List.of(new ImportRow(2, "03504", series, month, gender, month.plusMonths(3), new BigDecimal(value))),
                (agency, g) -> figures(g), SETTINGS);
    }

    private List<PlausibilityRules.Warning> importing(Series series, String value) {
        return importing(Gender.GESAMT, series, MONTH, value);
    }

    private static List<PlausibilityRules.Rule> rules(List<PlausibilityRules.Warning> warnings) {
        return warnings.stream().map(PlausibilityRules.Warning::rule).toList();
    }

    @Test
    void anOutlierAgainstMedianAndMadOfTheOwnHistory() {
        // 24 months alternating 95 and 105: median 100, MAD 5; z = 0,6745 × (v − 100) / 5
        for (int i = 1; i <= 24; i++) {
            put(Series.INT, MONTH.minusMonths(i), i % 2 == 0 ? "95" : "105");
        }
        assertEquals(List.of(), importing(Series.INT, "125"), "z = 3,37: inside");
        List<PlausibilityRules.Warning> far = importing(Series.INT, "126");
        assertEquals(List.of(PlausibilityRules.Rule.OUTLIER), rules(far), "z = 3,51: outside");
        assertTrue(far.get(0).message().contains("Median 100, MAD 5"), far.get(0).message());
        assertEquals(List.of(PlausibilityRules.Rule.OUTLIER), rules(importing(Series.INT, "74")), "far below counts as well");
    }

    @Test
    void tooShortAHistoryIsNotChecked() {
        for (int i = 1; i <= 5; i++) {
            put(Series.INT, MONTH.minusMonths(i), "100");
        }
        assertEquals(List.of(), importing(Series.INT, "1000"), "five earlier months are too few");
        put(Series.INT, MONTH.minusMonths(6), "100");
        assertEquals(List.of(PlausibilityRules.Rule.OUTLIER), rules(importing(Series.INT, "1000")), "six are enough");
    }

    @Test
    void aConstantHistoryAllowsTenPercentOrOne() {
        for (int i = 1; i <= 12; i++) {
            put(Series.INT, MONTH.minusMonths(i), "100");
            put(Series.INT_AE, MONTH.minusMonths(i), "0");
        }
        assertEquals(List.of(), importing(Series.INT, "110"));
        assertEquals(List.of(PlausibilityRules.Rule.OUTLIER), rules(importing(Series.INT, "111")));
        assertEquals(List.of(), importing(Series.INT_AE, "1"), "a single integration after months of none is not an outlier");
        assertEquals(List.of(PlausibilityRules.Rule.OUTLIER), rules(importing(Series.INT_AE, "2")));
    }

    @Test
    void stockAndFlowsMustAddUpWithinTheTolerance() {
        put(Series.ELB, MONTH.minusMonths(1), "1000");
        put(Series.ZUG_ELB, MONTH, "50");
        put(Series.ABG_ELB, MONTH, "30");
        assertEquals(List.of(), importing(Series.ELB, "1040"), "20 off = 2 % of 1.000: at the tolerance");
        List<PlausibilityRules.Warning> off = importing(Series.ELB, "1041");
        assertEquals(List.of(PlausibilityRules.Rule.STOCK_FLOW), rules(off));
        assertTrue(off.get(0).message().contains("= 1020 um 21 ab"), off.get(0).message());
        assertEquals(List.of(PlausibilityRules.Rule.STOCK_FLOW), rules(importing(Series.ELB, "999")), "21 below");
        assertEquals(List.of(), importing(Series.ELB, "1000"), "20 below");
        data.remove(Gender.GESAMT + "|" + Series.ABG_ELB + "|" + MONTH);
        assertEquals(List.of(), importing(Series.ELB, "2000"), "without the outflows there is nothing to check");
    }

    @Test
    void aPartLargerThanItsWhole() {
        put(Series.INT, MONTH, "80");
        assertEquals(List.of(), importing(Series.INT_SVB, "80"), "equal is allowed");
        List<PlausibilityRules.Warning> larger = importing(Series.INT_SVB, "81");
        assertEquals(List.of(PlausibilityRules.Rule.PART_EXCEEDS_WHOLE), rules(larger));
        assertEquals(Series.INT_SVB, larger.get(0).series());
        put(Series.ELB, MONTH, "5000");
        assertEquals(List.of(PlausibilityRules.Rule.PART_EXCEEDS_WHOLE), rules(importing(Series.LZB, "5001")));
        put(Series.INT_SVB, MONTH, "70");
        assertEquals(List.of(PlausibilityRules.Rule.PART_EXCEEDS_WHOLE), rules(importing(Series.INT_LZB, "90")),
                "only the pairs the import touches");
    }

    @Test
    void womenAndMenAddUpToTheTotal() {
        put(Gender.GESAMT, Series.INT, MONTH, "100");
        put(Gender.FRAUEN, Series.INT, MONTH, "48");
        assertEquals(List.of(), importing(Gender.MAENNER, Series.INT, MONTH, "52"));
        assertEquals(List.of(PlausibilityRules.Rule.GENDER_SUM), rules(importing(Gender.MAENNER, Series.INT, MONTH, "53")));
        put(Gender.GESAMT, Series.LLU_EUR, MONTH, "1000.00");
        put(Gender.FRAUEN, Series.LLU_EUR, MONTH, "480.01");
        assertEquals(List.of(), importing(Gender.MAENNER, Series.LLU_EUR, MONTH, "520.01"), "rounding of euros: 2 cents");
        assertEquals(List.of(PlausibilityRules.Rule.GENDER_SUM), rules(importing(Gender.MAENNER, Series.LLU_EUR, MONTH, "520.02")));
    }

    @Test
    void aMonthMissingInsideASeriesButNotBeforeItStarts() {
        for (YearMonth m = YearMonth.of(2019, 7); m.isBefore(MONTH); m = m.plusMonths(1)) {
            if (!m.equals(YearMonth.of(2019, 11))) {
                put(Series.LZB_AKTIV, m, "500");
            }
        }
        List<PlausibilityRules.Warning> warnings = importing(Series.LZB_AKTIV, "500");
        assertEquals(List.of(PlausibilityRules.Rule.GAP), rules(warnings), "only November 2019; nothing before July 2019: " + warnings);
        assertEquals(YearMonth.of(2019, 11), warnings.get(0).month());
    }
}
