package de.leitstand.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes audit entries of events that are no entity change (a login lock and its end), in the caller's
 * transaction, in the same format as the entity listener.
 */
@ApplicationScoped
public class AuditWriter {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    /** One field of an event entry: German label, old and new value as text ({@code null} for none). */
    public record Field(String label, String oldValue, String newValue) {
    }

    public void write(String username, String agencyNumber, String entityType, String entityLabel, String entityId,
                      String action, String subject, Field... fields) {
        JsonArrayBuilder changes = de.leitstand.kernel.api.Jsons.array();
        for (Field field : fields) {
            var entry = de.leitstand.kernel.api.Jsons.object().add("field", field.label());
            if (field.oldValue() == null) {
                entry.addNull("old");
            } else {
                entry.add("old", field.oldValue());
            }
            if (field.newValue() == null) {
                entry.addNull("new");
            } else {
                entry.add("new", field.newValue());
            }
            changes.add(entry);
        }
        em.createNativeQuery("INSERT INTO kernel_audit_entry (occurred_at, username, agency_number, entity_type, entity_label,"
                        + " entity_id, action, subject, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(2, username)
                .setParameter(3, agencyNumber)
                .setParameter(4, entityType)
                .setParameter(5, entityLabel)
                .setParameter(6, entityId)
                .setParameter(7, action)
                .setParameter(8, subject)
                .setParameter(9, changes.build().toString())
                .executeUpdate();
    }
}
