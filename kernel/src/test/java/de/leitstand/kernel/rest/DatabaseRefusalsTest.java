package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.LeitstandException;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatabaseRefusalsTest {

    private static LeitstandException of(String state) {
        return DatabaseRefusals.of(new SQLException("x", state));
    }

    @Test
    void databaseRefusalsAreConflictsOrBadInputNeverErrors() {
        assertEquals(409, of("23505").status());
        assertEquals("ALREADY_EXISTS", of("23505").code());
        assertEquals("STILL_REFERENCED", of("23503").code());
        assertEquals("CONCURRENT_MODIFICATION", of("40001").code());
        assertEquals(400, of("22001").status());
        assertEquals("VALUE_OUT_OF_RANGE", of("22003").code());
        assertNull(of("08006"), "a lost connection stays an error");
        assertNull(DatabaseRefusals.of(new IllegalStateException()));
    }

    @Test
    void locksNotGrantedAreConflicts() {
        assertEquals("CONCURRENT_MODIFICATION", of("HYT00").code(), "H2 lock timeout");
        assertEquals("CONCURRENT_MODIFICATION", of("55P03").code(), "PostgreSQL lock not available");
    }

    @Test
    void aValueTheColumnRefusesNamesTheColumnWhenTheDatabaseSaysIt() {
        de.leitstand.kernel.api.ValidationException h2 = (de.leitstand.kernel.api.ValidationException) DatabaseRefusals.of(
                new SQLException("Value too long for column \"SOURCE CHARACTER VARYING(200)\": \"'xxx' (300)\"", "22001"));
        assertEquals("source", h2.errors().get(0).field());
        assertEquals("body", ((de.leitstand.kernel.api.ValidationException) DatabaseRefusals.of(
                new SQLException("ERROR: value too long for type character varying(200)", "22001"))).errors().get(0).field());
    }

    @Test
    void aFailedBatchIsReadFromItsChain() {
        BatchUpdateException batch = new BatchUpdateException("batch", null, 0, new int[0], null);
        batch.setNextException(new SQLException("duplicate", "23505"));
        assertEquals("ALREADY_EXISTS", DatabaseRefusals.of(batch).code());
    }
}
