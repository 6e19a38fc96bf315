package de.leitstand.kernel.api;

/**
 * Reads the append-only audit trail (ADMIN and GESCHAEFTSFUEHRUNG). A Geschäftsführung sees the
 * entries of its own Jobcenter only; entries are written by the persistence layer, never here.
 */
public interface AuditTrail {

    /** Newest first. */
    Page<AuditEntryView> search(AuditQuery query, PageRequest page);
}
