package de.leitstand.kernel.api;

import java.time.Instant;
import java.util.List;

/**
 * One change of business data.
 *
 * @param action  {@code INSERT}, {@code UPDATE}, {@code DELETE}; for a login lock {@code LOCK} and {@code UNLOCK}
 * @param subject the record's business key in German (e.g. "03504 · Integrationen · 03.2020 · insgesamt ·
 *                Datenstand 06.2020"); {@code null} where the record has none beyond its id
 * @param changes the fields with their old and new values (for collections: removed and added elements)
 */
public record AuditEntryView(long id, Instant occurredAt, String username, String agencyNumber,
                             String entityType, String entityLabel, String entityId, String action,
                             String subject, List<FieldChange> changes) implements java.io.Serializable {

    /**
     * One changed field; values as readable German text, {@code null} where there was none.
     *
     * @param field the field's name in the code (stable, for filters and tests)
     * @param label the field's German label, as the audit trail shows it
     */
    public record FieldChange(String field, String label, String oldValue, String newValue) implements java.io.Serializable {
    }
}
