package de.leitstand.reporting.api;

import java.util.List;

/**
 * Committee papers of a Jobcenter: drafts are edited by Geschäftsführung, Controlling or the programme
 * coordination; released papers are numbered, kept as PDF and never change. {@code agencyNumber} null:
 * the own Jobcenter.
 */
public interface PaperApi {

    PaperViews.BodyView body(String agencyNumber);

    PaperViews.BodyView saveBody(String agencyNumber, PaperViews.BodyChange change);

    List<PaperViews.PaperView> papers(String agencyNumber);

    PaperViews.PaperView paper(long id);

    PaperViews.PaperView create(String agencyNumber, PaperViews.PaperInput input);

    /**
     * A Mitteilungsvorlage on the closure of a pact membership: the Sachverhalt's facts (period, programme,
     * pact, partners, coordinator, lead Jobcenter, number of pacts, integrations) come from programmes' data.
     */
    PaperViews.PaperView createFromClosure(String agencyNumber, long pactId);

    PaperViews.PaperView change(long id, PaperViews.PaperInput input);

    /** The paper as HTML (the PDF's preview). */
    String preview(long id);

    /** Numbers the draft, renders its PDF (PDF/UA-1, PDF/A-3a) into the document history, and freezes it. */
    PaperViews.PaperView release(long id, Long version);

    /** Withdraws a released paper (GESCHAEFTSFUEHRUNG): it stays in the list and the history; OParl marks it deleted. */
    PaperViews.PaperView withdraw(long id, Long version);
}
