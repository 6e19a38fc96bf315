package de.leitstand.kernel.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyNumberTest {

    @Test
    void keepsLeadingZeros() {
        assertEquals("03504", AgencyNumber.of(" 03504 ").value());
        assertTrue(AgencyNumber.isValid("26706"));
    }

    @Test
    void refusesAnythingButFiveDigits() {
        for (String bad : new String[]{"3504", "035040", "0350A", "", null}) {
            assertFalse(AgencyNumber.isValid(bad), String.valueOf(bad));
            ValidationException e = assertThrows(ValidationException.class, () -> AgencyNumber.of(bad));
            assertEquals("AGENCY_NUMBER_INVALID", e.code());
            assertEquals(400, e.status());
        }
    }

    @Test
    void pageRequestsAreBounded() {
        assertEquals(50, PageRequest.of(null, null).size());
        assertEquals(2000, PageRequest.of(2, 1000).offset());
        assertEquals("PAGE_SIZE_INVALID", assertThrows(ValidationException.class, () -> PageRequest.of(0, 1001)).code());
        assertEquals("PAGE_SIZE_INVALID", assertThrows(ValidationException.class, () -> PageRequest.of(0, 0)).code());
        assertEquals("PAGE_INVALID", assertThrows(ValidationException.class, () -> PageRequest.of(-1, 10)).code());
        assertEquals(3, new Page<>(java.util.List.of(), 0, 10, 21).pages());
    }
}
