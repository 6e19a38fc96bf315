package de.leitstand.controlling.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The entry form of basis values: one Jobcenter month, every series of the catalogue for the total, women
 * and men, each with its current value, vintage (Datenstand) and source. Saving is the same write as
 * {@code PUT /api/controlling/values/…} (CONTROLLING, own Jobcenter), guarded against lost updates, and
 * checked by the same plausibility rules as an import: the warnings are stored with the entry's batch
 * and listed with the imports.
 */
public interface BasisEntryApi {

    /** @param agencyNumber {@code null}: the caller's own Jobcenter */
    Sheet sheet(String agencyNumber, YearMonth month);

    /**
     * Stores the changed cells in the vintage given ({@code null}: the current month): a value of the same
     * vintage is corrected, else a new vintage is added.
     *
     * @throws de.leitstand.kernel.api.ValidationException {@code VALUES_INVALID} with one error per refused cell,
     *         its field named {@code SERIES.GENDER} (e.g. {@code ELB.FRAUEN}); nothing is stored
     * @throws de.leitstand.kernel.api.ConflictException {@code CONCURRENT_MODIFICATION} when a cell changed since it was shown
     */
    Saved save(String agencyNumber, YearMonth month, YearMonth vintage, List<Change> changes);

    /**
     * @param mayWrite whether the caller may save (CONTROLLING of this Jobcenter)
     * @param cells    series in catalogue order, each for GESAMT, FRAUEN, MAENNER
     */
    record Sheet(String agencyNumber, String jobcenterName, YearMonth month, boolean mayWrite, List<Cell> cells) implements java.io.Serializable {
    }

    /**
     * The current (latest-vintage) value of a series and gender; {@code value}, {@code vintage} and
     * {@code source} are {@code null} when nothing is stored.
     *
     * @param version the stored value's version (0 when none): the form sends it back with a change
     */
    record Cell(String series, String seriesName, String gender, BigDecimal value, YearMonth vintage, String source,
                long version) implements java.io.Serializable {

        /** @return the field name of this cell in errors, e.g. {@code ELB.FRAUEN} */
        public String field() {
            return series + "." + gender;
        }
    }

    /**
     * A changed cell with the state it was shown in.
     *
     * @param seenVintage the vintage shown ({@code null}: no value was shown)
     * @param seenVersion the version shown
     */
    record Change(String series, String gender, BigDecimal value, YearMonth seenVintage, long seenVersion) implements java.io.Serializable {
    }

    /** @param importId the batch the entry is recorded as (its warnings are listed with the imports) */
    record Saved(int stored, Long importId, List<ControllingViews.ImportWarningView> warnings) implements java.io.Serializable {
    }
}
