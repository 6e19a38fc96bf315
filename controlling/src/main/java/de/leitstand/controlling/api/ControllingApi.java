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
     * Enters or corrects one month by hand, with the same rules as the import. A first write of a value
     * needs no precondition; a write that touches a value already stored needs the month's stand the caller
     * last read ({@link #valuesStand}), so two writers never overwrite each other unseen. A write that
     * collides with a parallel one (same key written at the same time) is a conflict, never retried.
     *
     * @param values series code → value (e.g. {@code ELB} → 5485)
     * @param expectedStand the stand of the month's values the caller read (HTTP {@code If-Match}), or null
     * @throws de.leitstand.kernel.api.ConflictException {@code VALUES_EXIST} when a value exists and no stand
     *         was sent; {@code CONCURRENT_MODIFICATION} when the stand is stale; {@code ALREADY_EXISTS} when a
     *         parallel first write of the same key won
     */
    ControllingViews.ImportResult enterMonth(String agencyNumber, YearMonth month, String gender, YearMonth vintage,
                                             Map<String, BigDecimal> values, String expectedStand);

    /** The stand of a month's stored values of a Jobcenter (all genders and vintages): changes with every write. */
    String valuesStand(String agencyNumber, YearMonth month);

    /** Every Kennzahl of the catalogue for a Jobcenter, month and gender ({@code vintage} null = latest). */
    List<ControllingViews.KpiView> kpis(String agencyNumber, YearMonth month, String gender, YearMonth vintage);

    ControllingViews.KpiView kpi(String agencyNumber, String code, YearMonth month, String gender, YearMonth vintage);

    /**
     * One Kennzahl of a Jobcenter month by month (latest vintage, all genders together), at most 60 months.
     */
    List<ControllingViews.SeriesPoint> series(String agencyNumber, String code, YearMonth from, YearMonth to);

    /**
     * The month a month-based page opens on: the latest month with basis figures of the Jobcenter.
     *
     * @return empty when the Jobcenter has no figures yet
     */
    java.util.Optional<YearMonth> latestMonth(String agencyNumber);

    /** The earliest month with basis figures of the Jobcenter: how far back a month picker reaches. */
    java.util.Optional<YearMonth> earliestMonth(String agencyNumber);

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
