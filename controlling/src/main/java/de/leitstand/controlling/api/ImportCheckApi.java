package de.leitstand.controlling.api;

import java.util.List;

/**
 * The accepted imports of basis figures and their plausibility warnings (value far outside the own
 * history, stock and flows that do not add up, a part larger than its whole, a month missing inside a
 * series). Warnings never block an import. A user sees the batches and warnings of the Jobcenters they
 * may access; ADMIN all.
 */
public interface ImportCheckApi {

    /** The most recent accepted imports (at most 50), newest first. */
    List<ControllingViews.ImportBatchView> imports();

    /** Every warning of one import, as far as it concerns a Jobcenter the caller may access. */
    List<ControllingViews.ImportWarningView> warnings(long importId);
}
