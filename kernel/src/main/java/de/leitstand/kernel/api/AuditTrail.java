package de.leitstand.kernel.api;

/**
 * Reads the append-only audit trail (ADMIN and GESCHAEFTSFUEHRUNG). A Geschäftsführung sees the
 * entries of its own Jobcenter only; entries are written by the persistence layer, never here.
 */
public interface AuditTrail {

    /** Newest first. */
    Page<AuditEntryView> search(AuditQuery query, PageRequest page);

    /**
     * What the filters offer: the kinds of record in the entries the caller may read (type → readable label, by
     * label) and the users who made them (sorted).
     */
    Facets facets();

    /** @param types entity type (as in {@link AuditQuery#entityType()}) → its readable label */
    record Facets(java.util.Map<String, String> types, java.util.List<String> usernames) implements java.io.Serializable {
    }
}
