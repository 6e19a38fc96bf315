package de.leitstand.kernel.api;

import java.time.Instant;
import java.util.List;

/**
 * One change of business data.
 *
 * @param action  {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param changes the fields with their old and new values (for collections: removed and added elements)
 */
public record AuditEntryView(long id, Instant occurredAt, String username, String agencyNumber,
                             String entityType, String entityLabel, String entityId, String action,
                             List<FieldChange> changes) {

    /** One changed field; values as text, {@code null} where there was none. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
