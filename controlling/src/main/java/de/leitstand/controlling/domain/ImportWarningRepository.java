package de.leitstand.controlling.domain;

import java.util.List;
import java.util.Optional;

/** The plausibility warnings of the import batches. */
public interface ImportWarningRepository {

    void add(ImportWarning warning);

    /** @return the batch's warnings, in the order they were found */
    List<ImportWarning> warnings(long importId);

    /** @return the most recent batches, newest first */
    /** @return the newest batches, of the given Jobcenter only when restricted */
    List<ImportBatch> recentBatches(int max, java.util.Optional<de.leitstand.kernel.api.AgencyNumber> restriction);

    Optional<ImportBatch> batch(long id);

    long count(long importId);
}
