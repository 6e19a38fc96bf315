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

    /**
     * One Kennzahl of a Jobcenter month by month (latest vintage, all genders together), at most 60 months.
     */
    List<ControllingViews.SeriesPoint> series(String agencyNumber, String code, YearMonth from, YearMonth to);

    /** The stored values of a month, all vintages, for drill-down. */
    List<ControllingViews.BasisValueView> basisValues(String agencyNumber, YearMonth month);

    ControllingViews.Comparison compare(String code, YearMonth month, String gender);

    /**
     * Like {@link #compare(String, YearMonth, String)}, restricted to the Jobcenters assigned to a
     * Vergleichstyp in that month ({@code group} null or blank: all Jobcenters).
     */
    ControllingViews.Comparison compare(String code, YearMonth month, String gender, String group);

    /** All Kennzahlen of all Jobcenters in a month (the national table), by agency number. */
    ControllingViews.NationalTable national(YearMonth month, String gender);

    /** The Vergleichstypen with their current members (as of {@code month}; null: this month). */
    List<ControllingViews.ComparisonTypeView> comparisonTypes(YearMonth month);

    /** Creates or changes a Vergleichstyp (ADMIN); {@code version} guards a change against lost updates. */
    ControllingViews.ComparisonTypeView saveComparisonType(String code, String name, YearMonth validFrom, YearMonth validTo,
                                                           Long version);

    /**
     * Assigns a Jobcenter to a Vergleichstyp from a month on (ADMIN). Its previous assignment ends the month
     * before; when a later assignment exists, the new one ends the month before that one starts (history
     * can be filled in afterwards).
     */
    ControllingViews.ComparisonTypeView assignComparisonType(String code, String agencyNumber, YearMonth from);

    /**
     * Removes an assignment (ADMIN); the assignment before it, if it ended just before, runs on until the
     * removed one would have ended.
     */
    ControllingViews.ComparisonTypeView removeAssignment(String code, String agencyNumber, YearMonth from);

    ControllingViews.TargetTracking tracking(String agencyNumber, YearMonth month);

    /**
     * The year's path up to the month: for each month since January the integrations so far against the target
     * path and the Jahresfortschrittswert (the same figures as {@link #tracking} of each month, read at once).
     */
    List<ControllingViews.PathPoint> trackingPath(String agencyNumber, YearMonth month);
}
