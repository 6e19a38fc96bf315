package de.leitstand.kernel.api;

import java.time.LocalDate;

/**
 * A filter over the audit trail; every part is optional.
 *
 * @param from first day included
 * @param to   last day included
 */
public record AuditQuery(String agencyNumber, String username, String entityType, String entityId,
                         String action, LocalDate from, LocalDate to) implements java.io.Serializable {

    public static AuditQuery forRecord(String entityType, String entityId) {
        return new AuditQuery(null, null, entityType, entityId, null, null, null);
    }
}
