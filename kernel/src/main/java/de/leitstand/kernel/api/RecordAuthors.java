package de.leitstand.kernel.api;

import java.util.Collection;
import java.util.Map;

/**
 * Who created audited records: the user of each record's insertion in the audit trail. For lists that show
 * "who" (e.g. the import batches) without storing a person in the record itself. Callers pass only records the
 * caller may read; nothing else of the audit trail is revealed.
 */
public interface RecordAuthors {

    /**
     * @param entityType the entity's simple class name as the audit trail stores it (e.g. {@code ImportBatch})
     * @return entity id → user name of the insertion, for the ids that have one
     */
    Map<String, String> creators(String entityType, Collection<String> entityIds);
}
