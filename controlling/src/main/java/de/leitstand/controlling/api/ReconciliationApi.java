package de.leitstand.controlling.api;

import java.time.YearMonth;

/**
 * Reconciliation of the computed Kennzahlen with the ones the BA publishes (§ 7 VO). Only CONTROLLING
 * imports published values, and only for the Jobcenters it may write (ADMIN: all); everybody logged in
 * reads the reconciliation (published statistics).
 */
public interface ReconciliationApi {

    /**
     * Imports a CSV file of published values (format in the README); refused whole on any error with line
     * and column, stored in one transaction when accepted.
     */
    ReconciliationViews.PublishedImport importPublished(byte[] csv);

    /** Computed against published, code by code, for a Jobcenter, month and gender (without a number: the own). */
    ReconciliationViews.JobcenterReconciliation reconcile(String agencyNumber, YearMonth month, String gender);

    /** Every Jobcenter with published values in the month whose computed figures differ from them. */
    ReconciliationViews.NationalReconciliation national(YearMonth month, String gender);
}
