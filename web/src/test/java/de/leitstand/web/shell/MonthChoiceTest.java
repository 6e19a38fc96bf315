package de.leitstand.web.shell;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthChoiceTest {

    @Test
    void theMonthsRunFromTheLatestWithFiguresBackToTheEarliestByName() {
        List<MonthChoice.Option> options = MonthChoice.options("2027-03", "2020-06", YearMonth.of(2011, 1), java.util.Locale.GERMAN);
        assertEquals(new MonthChoice.Option("2027-03", "März 2027"), options.get(0));
        assertEquals(new MonthChoice.Option("2011-01", "Januar 2011"), options.get(options.size() - 1));
        assertEquals(16 * 12 + 3, options.size());
        assertTrue(options.contains(new MonthChoice.Option("2020-06", "Juni 2020")));
    }

    @Test
    void atLeastAYearAndWithoutFiguresSixYears() {
        assertEquals(12, MonthChoice.options("2020-12", "2020-12", YearMonth.of(2020, 10), java.util.Locale.GERMAN).size());
        assertEquals(MonthChoice.MONTHS_BACK + 1, MonthChoice.options("2020-12", "2020-06", null, java.util.Locale.GERMAN).size());
    }

    @Test
    void theShownMonthIsAlwaysAmongTheOptions() {
        assertEquals("2021-03", MonthChoice.options("2020-12", "2021-03", YearMonth.of(2015, 1), java.util.Locale.GERMAN).get(0).value());
        List<MonthChoice.Option> old = MonthChoice.options("2020-12", "2001-01", YearMonth.of(2015, 1), java.util.Locale.GERMAN);
        assertEquals("2001-01", old.get(old.size() - 1).value());
    }

    @Test
    void aPageOpensOnTheRequestedMonthElseOnTheLatestWithFigures() {
        assertEquals("2020-06", MonthChoice.opening("2020-06", "2020-12"));
        assertEquals("2020-12", MonthChoice.opening(null, "2020-12"));
        assertEquals(YearMonth.now().minusMonths(1).toString(), MonthChoice.opening("", ""));
        assertNull(MonthChoice.parse("Juni"));
    }
}
