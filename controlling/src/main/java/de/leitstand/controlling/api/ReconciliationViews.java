package de.leitstand.controlling.api;

import de.leitstand.kernel.api.Text;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** The read models of the reconciliation with the published Kennzahlen. */
public final class ReconciliationViews {

    private ReconciliationViews() {
    }

    /** @param inserted new values; the rest revised values of the same key */
    public record PublishedImport(int rows, int inserted, List<String> jobcenters, YearMonth firstMonth, YearMonth lastMonth) implements java.io.Serializable {
    }

    /**
     * One Kennzahl computed against published.
     *
     * @param difference  computed − published value in percentage points; {@code null} when one is missing
     * @param status      MATCH, ROUNDING, MISSING_INPUT, OTHER_VINTAGE, DIFFERENT or NOT_PUBLISHED
     * @param statusLabel the status in the caller's language ("übereinstimmend", "Rundung", "fehlende Basiszahlen", …)
     * @param differs     whether a controller has to look at it (missing input, other vintage, unexplained)
     */
    public record Line(String code, String name, BigDecimal computedValue, BigDecimal computedNumerator,
                       BigDecimal computedDenominator, BigDecimal publishedValue, BigDecimal publishedNumerator,
                       BigDecimal publishedDenominator, YearMonth publishedVintage, BigDecimal difference, String status,
                       Text statusLabel, boolean differs, Text reason) implements java.io.Serializable {
    }

    /** @param differing how many lines differ */
    public record JobcenterReconciliation(String agencyNumber, String name, YearMonth month, String gender, List<Line> lines,
                                          int differing) implements java.io.Serializable {
    }

    /** A Jobcenter whose figures differ from the published ones, with the codes that do. */
    public record Difference(String agencyNumber, String name, List<String> codes, List<Text> statuses) implements java.io.Serializable {
    }

    /** @param compared how many Jobcenters have published values in the month */
    public record NationalReconciliation(YearMonth month, String gender, int compared, List<Difference> differing) implements java.io.Serializable {
    }
}
