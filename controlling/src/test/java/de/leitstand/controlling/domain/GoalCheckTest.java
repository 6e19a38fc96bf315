package de.leitstand.controlling.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GoalCheckTest {

    @Test
    void comparesAtThePublishedPrecision() {
        // 23.96 is published as 24.0 and meets "≥ 24"
        assertEquals(true, GoalCheck.met("GE", new BigDecimal("23.96"), new BigDecimal("24")));
        assertEquals(false, GoalCheck.met("GE", new BigDecimal("23.94"), new BigDecimal("24")));
        assertEquals(true, GoalCheck.met("LT", new BigDecimal("4.94"), new BigDecimal("5")));
        assertEquals(false, GoalCheck.met("LT", new BigDecimal("4.96"), new BigDecimal("5")));
        assertEquals(true, GoalCheck.met("EQ", new BigDecimal("12.349"), new BigDecimal("12.35")));
        assertEquals(false, GoalCheck.met("GT", new BigDecimal("24.0"), new BigDecimal("24")));
        assertEquals(true, GoalCheck.met("LE", new BigDecimal("24.0"), new BigDecimal("24")));
    }

    @Test
    void withoutComparatorTargetOrValueThereIsNoVerdict() {
        assertNull(GoalCheck.met(null, BigDecimal.ONE, BigDecimal.ONE));
        assertNull(GoalCheck.met("GE", null, BigDecimal.ONE));
        assertNull(GoalCheck.met("GE", BigDecimal.ONE, null));
    }
}
