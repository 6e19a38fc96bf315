package de.leitstand.kernel.api;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictNumberTest {

    @Test
    void readsGermanAndEnglishNumbersExactly() {
        assertEquals(new BigDecimal("1234567.89"), StrictNumber.parse("1.234.567,89", StrictNumber.Style.GERMAN));
        assertEquals(new BigDecimal("5485"), StrictNumber.parse("5.485", StrictNumber.Style.GERMAN));
        assertEquals(new BigDecimal("5485.5"), StrictNumber.parse(" 5485,5 ", StrictNumber.Style.GERMAN));
        assertEquals(new BigDecimal("1234567.89"), StrictNumber.parse("1,234,567.89", StrictNumber.Style.ENGLISH));
        assertEquals(new BigDecimal("-12.5"), StrictNumber.parse("-12.5", StrictNumber.Style.ENGLISH));
        assertEquals(new BigDecimal("1E+3"), StrictNumber.parse("1e3", StrictNumber.Style.JSON));
    }

    @Test
    void refusesWhatWouldBeBent() {
        for (String bent : new String[]{"5.48", "1,2,3", "12a", "", "1..2", "1.2345,6", "0x10", "NaN", "Infinity"}) {
            assertThrows(NumberFormatException.class, () -> StrictNumber.parse(bent, StrictNumber.Style.GERMAN), bent);
        }
        for (String bent : new String[]{"1,23", "1.2.3", "+", "1e3"}) {
            assertThrows(NumberFormatException.class, () -> StrictNumber.parse(bent, StrictNumber.Style.ENGLISH), bent);
        }
        for (String bent : new String[]{"01", "1.", ".5", "+1", "1e", "\"1\""}) {
            assertThrows(NumberFormatException.class, () -> StrictNumber.parse(bent, StrictNumber.Style.JSON), bent);
        }
    }

    @Test
    void refusesHugeValuesOnTheirTextAtOnce() {
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> {
            NumberFormatException exponent = assertThrows(NumberFormatException.class,
                    () -> StrictNumber.parse("1e5000000", StrictNumber.Style.JSON));
            assertTrue(exponent.getMessage().contains("außerhalb"), exponent.getMessage());
            assertThrows(NumberFormatException.class, () -> StrictNumber.parse("1e-5000000", StrictNumber.Style.JSON));
            assertThrows(NumberFormatException.class, () -> StrictNumber.parse("1".repeat(40), StrictNumber.Style.GERMAN));
            assertThrows(NumberFormatException.class, () -> StrictNumber.parse("9".repeat(1_000_000), StrictNumber.Style.JSON));
            assertThrows(NumberFormatException.class, () -> StrictNumber.parse("1e20", StrictNumber.Style.JSON));
        });
    }

    @Test
    void wholeNumbersAreNeverTruncatedOrWrapped() {
        assertEquals(2, StrictNumber.parseWhole("2", StrictNumber.Style.JSON));
        assertEquals(100, StrictNumber.parseWhole("1e2", StrictNumber.Style.JSON));
        assertEquals(3, StrictNumber.parseWhole("3.0", StrictNumber.Style.JSON));
        NumberFormatException fraction = assertThrows(NumberFormatException.class,
                () -> StrictNumber.parseWhole("1.9", StrictNumber.Style.JSON));
        assertTrue(fraction.getMessage().contains("keine ganze Zahl"));
    }
}
