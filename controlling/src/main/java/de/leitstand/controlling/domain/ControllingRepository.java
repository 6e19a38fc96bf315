package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.AgencyNumber;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The store of basis figures (with vintages) and of the Kennzahlen catalogue. */
public interface ControllingRepository {

    List<KpiDefinition> catalogue();

    void seedCatalogue(Collection<KpiDefinition> definitions);

    /**
     * The figures of one Jobcenter and gender between two months, in the latest vintage up to {@code vintage}
     * (all vintages when {@code null}).
     */
    MonthlyFigures figures(AgencyNumber agency, Gender gender, YearMonth from, YearMonth to, YearMonth vintage);

    /** The latest-vintage values of one series and month for all Jobcenters (for comparisons). */
    Map<String, MonthlyFigures> figuresOfAll(Gender gender, YearMonth from, YearMonth to);

    /** The stored rows of a Jobcenter and month (all series, genders and vintages), for drill-down. */
    List<BasisValue> values(AgencyNumber agency, YearMonth month);

    /**
     * The stored values of a Jobcenter and month as plain rows (series, gender, newest vintage first), read as columns, not
     * entities: what the pages list. The caller has checked the tenancy.
     */
    List<StoredValue> storedValues(AgencyNumber agency, YearMonth month);

    /** One stored basis value as a page lists it. */
    record StoredValue(Series series, YearMonth month, Gender gender, YearMonth vintage, java.math.BigDecimal value, String source) {
    }

    /** @return the latest month for which the Jobcenter has any basis value (a month only, no values) */
    java.util.Optional<YearMonth> latestMonth(AgencyNumber agency);

    /** @return the earliest month for which the Jobcenter has any basis value (a month only, no values) */
    java.util.Optional<YearMonth> earliestMonth(AgencyNumber agency);

    /**
     * Adds the rows one by one (each audited); a row whose key (Jobcenter, series, month, gender, vintage) exists
     * replaces its value.
     */
    Stored store(List<ImportRow> rows, String source);

    /** What {@link #store} did: values added and values whose amount changed. */
    record Stored(int inserted, int revised) {
    }

    /**
     * Stores rows of a hand entry against the values the caller checked: a value of one of the keys that exists now
     * but was not among {@code seen} was written by someone else in between (a parallel first write).
     *
     * @throws de.leitstand.kernel.api.ConflictException {@code ALREADY_EXISTS} then; {@code CONCURRENT_MODIFICATION}
     *         at flush when a seen value was changed in between
     */
    Stored store(List<ImportRow> rows, String source, java.util.Collection<BasisValue> seen);

    /**
     * Stores an imported file's rows in bulk and records the batch; same key rules as {@link #store}. The values'
     * source names the batch ({@link ControllingSources#batch}); every value it changes keeps its old and new
     * amount in the audit trail.
     *
     * @return the recorded batch with the numbers of new and revised values
     */
    ImportBatch storeImport(List<ImportRow> rows, String fileHash);

    /** The batch that imported the file with this hash, if any. */
    java.util.Optional<ImportBatch> importOfFile(String fileHash);

    /** Persists a batch (its id is assigned at once) — for values entered by hand, which are written one by one. */
    void add(ImportBatch batch);

    List<ComparisonType> comparisonTypes();

    java.util.Optional<ComparisonType> comparisonType(String code);

    void add(ComparisonType type);

    /** Every assignment of a Jobcenter, oldest first. */
    List<ComparisonMembership> memberships(String agencyNumber);

    /** The assignments to a type, oldest first. */
    List<ComparisonMembership> membershipsOf(String typeCode);

    void add(ComparisonMembership membership);

    void remove(ComparisonMembership membership);

    /** @throws de.leitstand.kernel.api.ConflictException {@code CONCURRENT_MODIFICATION} */
    void flush();
}
