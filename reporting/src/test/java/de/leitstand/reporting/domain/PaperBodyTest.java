package de.leitstand.reporting.domain;

import de.leitstand.kernel.api.AgencyNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The legislative term's dates: as set on the body, else derived from the term's name. */
class PaperBodyTest {

    private static PaperBody body(String term) {
        return new PaperBody(new AgencyNumber("26706"), "Landkreis Rotenburg (Wümme)", "Der Landrat", term, 1287);
    }

    @Test
    void theTermsDatesComeFromItsNameUnlessSet() {
        PaperBody rotenburg = body("2011-16");
        assertEquals(LocalDate.of(2011, 1, 1), rotenburg.termStartOrDerived());
        assertEquals(LocalDate.of(2016, 12, 31), rotenburg.termEndOrDerived());
        assertEquals(LocalDate.of(2099, 12, 31), body("2096-99").termEndOrDerived());
        assertEquals(LocalDate.of(2101, 12, 31), body("2099-01").termEndOrDerived(), "a term across the century");
        assertEquals(LocalDate.of(2026, 12, 31), body("2026").termEndOrDerived());
        assertNull(body("WP-XIX").termStartOrDerived());
        rotenburg.describe(LocalDate.of(2011, 11, 1), LocalDate.of(2016, 10, 31), "03357000", "In Vertretung", "Colshorn", Instant.now());
        assertEquals(LocalDate.of(2011, 11, 1), rotenburg.termStartOrDerived());
        assertEquals(LocalDate.of(2016, 10, 31), rotenburg.termEndOrDerived());
    }
}
