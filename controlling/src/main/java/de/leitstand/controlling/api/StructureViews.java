package de.leitstand.controlling.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Views of the structure figures (programme document chapters 1 and 2). */
public final class StructureViews {

    private StructureViews() {
    }

    public record ImportResult(int rows, List<String> jobcenters, List<String> periods) implements java.io.Serializable {
    }

    /**
     * One row of a structure table: value, share in % (of the table's base), change to the previous year
     * absolute and in %, and the age split (Integrationsprognose only). Missing inputs give null.
     */
    public record Row(String code, String label, BigDecimal value, BigDecimal share, BigDecimal changeAbsolute,
                      BigDecimal changePercent, Map<String, BigDecimal> byAge) implements java.io.Serializable {
    }

    /**
     * A structure table of a Jobcenter and period with the vintages and sources it was built from
     * ({@code complete} false when any input is missing).
     */
    public record Table(String agencyNumber, String figure, String title, String period, String comparedWith, List<Row> rows,
                        boolean complete, List<YearMonth> vintages, List<String> sources) implements java.io.Serializable {
    }

    /** The annual averages (JDW) of ELB and Bedarfsgemeinschaften of one year; null where none is stored. */
    public record AnnualAverage(int year, BigDecimal elb, BigDecimal bg) implements java.io.Serializable {
    }

    /** A stored value with its vintage, for drill-down; {@code latest} marks the one in use. */
    public record StoredValue(String figure, String category, String ageGroup, YearMonth vintage, BigDecimal value,
                              String source, boolean latest) implements java.io.Serializable {
    }

    /** The catalogue of figures with their categories and age groups (for forms and the file format). */
    public record FigureView(String code, String name, List<String> categories, List<String> ageGroups, boolean rate) implements java.io.Serializable {
    }
}
