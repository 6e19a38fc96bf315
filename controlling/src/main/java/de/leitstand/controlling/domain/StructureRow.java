package de.leitstand.controlling.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One structure value to store (from a file line or a form); {@code line} is 0 for entered values. */
public record StructureRow(long line, String agencyNumber, StructureFigure figure, String period, String category,
                           String ageGroup, YearMonth vintage, BigDecimal value) {

    /** The key within a Jobcenter and vintage, for duplicate checks. */
    public String key() {
        return agencyNumber + "|" + figure + "|" + period + "|" + category + "|" + ageGroup + "|" + vintage;
    }
}
