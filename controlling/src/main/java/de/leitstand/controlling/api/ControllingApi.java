package de.leitstand.controlling.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Controlling's use cases. Only CONTROLLING imports and enters figures, and only its own Jobcenter's.
 * Everybody logged in reads Kennzahlen (published statistics); target tracking is the own Jobcenter's.
 */
public interface ControllingApi {

    /**
     * Imports a CSV file (format in the README). A file with any error is refused whole, naming each
     * line and column; an accepted file is stored in one transaction.
     *
     * @param vintage the Datenstand of rows without one; {@code null}: the current month
     */
    ControllingViews.ImportResult importFigures(byte[] csv, YearMonth vintage);

    /**
     * Enters or corrects one month by hand, with the same rules as the import.
     *
     * @param values series code → value (e.g. {@code ELB} → 5485)
     */
    ControllingViews.ImportResult enterMonth(String agencyNumber, YearMonth month, String gender, YearMonth vintage,
                                             Map<String, BigDecimal> values);

    /** Every Kennzahl of the catalogue for a Jobcenter, month and gender ({@code vintage} null = latest). */
    List<ControllingViews.KpiView> kpis(String agencyNumber, YearMonth month, String gender, YearMonth vintage);

    ControllingViews.KpiView kpi(String agencyNumber, String code, YearMonth month, String gender, YearMonth vintage);

    /** The stored values of a month, all vintages, for drill-down. */
    List<ControllingViews.BasisValueView> basisValues(String agencyNumber, YearMonth month);

    ControllingViews.Comparison compare(String code, YearMonth month, String gender);

    ControllingViews.TargetTracking tracking(String agencyNumber, YearMonth month);
}
