package de.leitstand.kernel.api;

import de.leitstand.kernel.api.persistence.QueryFilter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueryFilterTest {

    @Test
    void leavesOutAbsentCriteria() {
        assertEquals("", new QueryFilter().and("a.x = :x", "x", null).and("a.y = :y", "y", " ").where());
        assertEquals(" WHERE a.x = :x AND (LOWER(a.n) LIKE :text OR LOWER(a.m) LIKE :text)",
                new QueryFilter().and("a.x = :x", "x", 1).containsIgnoreCase("Elbe", "a.n", "a.m").where());
    }
}
