package de.leitstand.kernel.infrastructure.persistence;

import de.leitstand.kernel.api.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Lob;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnLimitsTest {

    static class Target {
        @Column(name = "note", length = 5)
        String note;
        @Column(name = "rate", precision = 5, scale = 2)
        BigDecimal rate;
    }

    static class Entity {
        @Column(name = "name", length = 10)
        String name;
        @Lob
        @Column(name = "content")
        String content;
        @Embedded
        Target target = new Target();
    }

    @Test
    void valuesWithinTheColumnsPass() {
        Entity e = new Entity();
        e.name = "0123456789";
        e.content = "x".repeat(100_000);
        e.target.rate = new BigDecimal("999.99");
        assertDoesNotThrow(() -> ColumnLimits.check(e));
        e.target.rate = new BigDecimal("100.500");
        assertDoesNotThrow(() -> ColumnLimits.check(e), "trailing zeros are no digits");
        e.target.rate = new BigDecimal("1.23456789");
        assertDoesNotThrow(() -> ColumnLimits.check(e), "decimals are the use case's rule (computed values are rounded)");
        e.target.rate = new BigDecimal("999.996");
        assertThrows(ValidationException.class, () -> ColumnLimits.check(e), "rounds up to 1000.00: too large");
    }

    @Test
    void aTooLongTextIsRefusedNamingItsField() {
        Entity e = new Entity();
        e.name = "01234567890";
        ValidationException refused = assertThrows(ValidationException.class, () -> ColumnLimits.check(e));
        assertEquals("VALUE_TOO_LONG", refused.code());
        assertEquals("name", refused.errors().get(0).field());
        assertTrue(refused.getMessage().contains("höchstens 10 Zeichen"), refused.getMessage());
    }

    @Test
    void embeddedFieldsAreNamedByTheirPathAndNumbersTooLargeForTheColumnAreRefused() {
        Entity e = new Entity();
        e.target.note = "123456";
        e.target.rate = new BigDecimal("1234.5");
        ValidationException refused = assertThrows(ValidationException.class, () -> ColumnLimits.check(e));
        assertEquals(2, refused.errors().size());
        assertEquals("target.note", refused.errors().get(0).field());
        assertEquals("target.rate", refused.errors().get(1).field());
        e.target.note = null;
        e.target.rate = new BigDecimal("1000");
        assertEquals("VALUE_OUT_OF_RANGE", assertThrows(ValidationException.class, () -> ColumnLimits.check(e)).code());
    }
}
