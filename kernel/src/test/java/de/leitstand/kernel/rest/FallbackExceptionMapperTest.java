package de.leitstand.kernel.rest;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A request that fails while the database does not answer is told it is an outage, not an internal error. */
class FallbackExceptionMapperTest {

    @Test
    void aFailureIsAnOutageOnlyWhileTheDatabaseDoesNotAnswer() {
        FallbackExceptionMapper mapper = new FallbackExceptionMapper();
        mapper.database = () -> false;
        assertFalse(mapper.databaseAnswers());
        mapper.database = () -> true;
        assertTrue(mapper.databaseAnswers());
    }

    @Test
    void theOutageIsA503InTheCallersLanguage() {
        Problem german = FallbackExceptionMapper.outage(Locale.GERMAN);
        Problem english = FallbackExceptionMapper.outage(Locale.ENGLISH);
        assertEquals(503, english.status());
        assertEquals("DATABASE_UNAVAILABLE", english.code());
        assertEquals("Database unavailable", english.title());
        assertEquals("The database is not reachable at the moment. Nothing was changed; please try again in 5 seconds.",
                english.detail());
        assertEquals("Datenbank nicht erreichbar", german.title());
    }
}
