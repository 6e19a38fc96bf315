package de.leitstand.reporting.api;

import java.util.List;

/**
 * Documents generated from the other contexts' data. Geschäftsführung and Controlling generate; they,
 * the Gremium and the administrator read; every document belongs to one Jobcenter.
 */
public interface ReportingApi {

    /** The programme document of a planning version as HTML (the preview; nothing is stored). */
    String programmePreview(long programmeId);

    /** Generates the programme document as PDF (PDF/UA-1, PDF/A-3a) and keeps it in the history. */
    ReportingViews.DocumentView generateProgramme(long programmeId);

    /** The monthly controlling report of a Jobcenter as HTML (nothing is stored). */
    String controllingPreview(String agencyNumber, java.time.YearMonth month);

    /**
     * Generates the monthly controlling report as PDF: Kennzahlen, target tracking with traffic lights, the
     * Fachaufsicht's error rates and open corrective actions.
     */
    ReportingViews.DocumentView generateControllingReport(String agencyNumber, java.time.YearMonth month);

    /** The Jobcenter's generated documents, newest first ({@code agencyNumber} null: the own). */
    List<ReportingViews.DocumentView> documents(String agencyNumber);

    ReportingViews.DocumentContent content(long documentId);
}
