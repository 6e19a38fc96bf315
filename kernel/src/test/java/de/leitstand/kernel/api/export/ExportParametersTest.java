package de.leitstand.kernel.api.export;

import de.leitstand.kernel.api.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExportParametersTest {

    private static ExportParameters of(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new ExportParameters(values);
    }

    private static String refusal(Runnable read) {
        ValidationException e = assertThrows(ValidationException.class, read::run);
        return e.code() + " " + e.errors().get(0).field();
    }

    @Test
    void readsMonthsYearsIdsAndDates() {
        ExportParameters p = of("month", "2020-12", "year", " 2020 ", "programme", "42", "from", "2020-01-31");
        assertEquals(YearMonth.of(2020, 12), p.month("month"));
        assertEquals(2020, p.year("year"));
        assertEquals(42L, p.id("programme"));
        assertEquals(LocalDate.of(2020, 1, 31), p.date("from"));
        assertNull(p.date("to"));
        assertNull(p.optionalYear("none"));
        assertNull(p.optionalMonth("none"));
    }

    @Test
    void refusesWhatIsNotExactlyANumberNamingTheParameter() {
        assertEquals("PARAMETER_MISSING programme", refusal(() -> of().id("programme")));
        assertEquals("PARAMETER_MISSING programme", refusal(() -> of("programme", " ").id("programme")));
        for (String bad : new String[] {"1e3", "-1", "+1", "1,000", "1.0", "0x10", "99999999999999999999"}) {
            assertEquals("PARAMETER_INVALID pact", refusal(() -> of("pact", bad).id("pact")), bad);
        }
        assertEquals("YEAR_INVALID year", refusal(() -> of("year", "20.20").year("year")));
        assertEquals("YEAR_INVALID year", refusal(() -> of("year", "99999999999").year("year")));
        assertEquals("MONTH_INVALID month", refusal(() -> of("month", "Dezember").month("month")));
        assertEquals("DATE_INVALID from", refusal(() -> of("from", "31.01.2020").date("from")));
    }

    @Test
    void keepsTheOrderOfTheParametersForTheFileName() {
        assertEquals("[2020-12, 03504]", of("month", "2020-12", "agencyNumber", "03504").values().values().toString());
    }
}
