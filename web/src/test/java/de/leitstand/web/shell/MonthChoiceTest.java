package de.leitstand.web.shell;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthChoiceTest {

    @Test
    void theMonthsRunFromTheLatestWithFiguresBackwardsByName() {
        List<MonthChoice.Option> options = MonthChoice.options("2020-12", "2020-06", java.util.Locale.GERMAN);
        assertEquals(new MonthChoice.Option("2020-12", "Dezember 2020"), options.get(0));
        assertEquals(MonthChoice.MONTHS_BACK + 1, options.size());
        assertTrue(options.contains(new MonthChoice.Option("2020-06", "Juni 2020")));
    }

    @Test
    void theShownMonthIsAlwaysAmongTheOptions() {
        assertEquals("2021-03", MonthChoice.options("2020-12", "2021-03", java.util.Locale.GERMAN).get(0).value());
        List<MonthChoice.Option> old = MonthChoice.options("2020-12", "2001-01", java.util.Locale.GERMAN);
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
