package de.leitstand.kernel.infrastructure.audit;

import de.leitstand.kernel.api.persistence.OwnedByJobcenter;
import de.leitstand.kernel.api.security.Caller;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectCollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Vector;

/**
 * Writes one audit entry per insert, update and delete of an audited entity, inside the same
 * database transaction as the change: if the change rolls back, so does its entry, and no change
 * commits without one. Secrets (fields whose name contains "hash" or "secret") are never written.
 */
class AuditListener extends DescriptorEventAdapter {

    private static final String INSERT_SQL = "INSERT INTO kernel_audit_entry "
            + "(occurred_at, username, agency_number, entity_type, entity_label, entity_id, action, changes) "
            + "VALUES (#OCCURRED, #USERNAME, #AGENCY, #TYPE, #LABEL, #ID, #ACTION, #CHANGES)";
    private static final List<String> ARGUMENTS =
            List.of("OCCURRED", "USERNAME", "AGENCY", "TYPE", "LABEL", "ID", "ACTION", "CHANGES");
    private static final String HIDDEN = "(verborgen)";

    private final String label;

    AuditListener(String label) {
        this.label = label;
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        write(event, "INSERT", currentValues(event, false));
    }

    /** Called during flush only when the object really changed, with its change set. */
    @Override
    public void preUpdateWithChanges(DescriptorEvent event) {
        ObjectChangeSet changeSet = event.getChangeSet();
        if (changeSet == null || !changeSet.hasChanges()) {
            return;
        }
        JsonArrayBuilder changes = Json.createArrayBuilder();
        for (ChangeRecord change : changeSet.getChanges()) {
            String field = change.getAttribute();
            if (change instanceof DirectToFieldChangeRecord direct) {
                changes.add(entry(field, direct.getOldValue(), direct.getNewValue()));
            } else if (change instanceof DirectCollectionChangeRecord collection) {
                var entry = Json.createObjectBuilder().add("field", field)
                        .add("removed", text(field, collection.getRemoveObjectList()))
                        .add("added", text(field, collection.getAddObjectList()));
                changes.add(entry);
            } else {
                Object now = event.getDescriptor().getObjectBuilder().getMappingForAttributeName(field)
                        .getAttributeValueFromObject(event.getSource());
                changes.add(entry(field, null, now));
            }
        }
        write(event, "UPDATE", changes);
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        write(event, "DELETE", currentValues(event, true));
    }

    private JsonArrayBuilder currentValues(DescriptorEvent event, boolean asOld) {
        ClassDescriptor descriptor = event.getDescriptor();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (!(mapping.isDirectToFieldMapping() || mapping.isDirectCollectionMapping())
                    || isVersion(descriptor, mapping)) {
                continue;
            }
            Object value = mapping.getAttributeValueFromObject(event.getSource());
            values.add(asOld ? entry(mapping.getAttributeName(), value, null)
                    : entry(mapping.getAttributeName(), null, value));
        }
        return values;
    }

    private static boolean isVersion(ClassDescriptor descriptor, DatabaseMapping mapping) {
        var locking = descriptor.getOptimisticLockingPolicy();
        return locking != null && mapping.getFields().stream()
                .anyMatch(field -> field.equals(locking.getWriteLockField()));
    }

    private static jakarta.json.JsonObjectBuilder entry(String field, Object oldValue, Object newValue) {
        var builder = Json.createObjectBuilder().add("field", field);
        if (oldValue == null) {
            builder.addNull("old");
        } else {
            builder.add("old", text(field, oldValue));
        }
        if (newValue == null) {
            builder.addNull("new");
        } else {
            builder.add("new", text(field, newValue));
        }
        return builder;
    }

    private static String text(String field, Object value) {
        String lower = field.toLowerCase(Locale.ROOT);
        if (lower.contains("hash") || lower.contains("secret")) {
            return HIDDEN;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).sorted().toList().toString();
        }
        return String.valueOf(value);
    }

    private void write(DescriptorEvent event, String action, JsonArrayBuilder changes) {
        Object source = event.getSource();
        Object id = event.getDescriptor().getObjectBuilder()
                .extractPrimaryKeyFromObject(source, event.getSession());
        String agency = source instanceof OwnedByJobcenter owned && owned.getAgencyNumber() != null
                ? owned.getAgencyNumber().value() : null;

        DataModifyQuery insert = new DataModifyQuery();
        insert.setSQLString(INSERT_SQL);
        ARGUMENTS.forEach(insert::addArgument);
        Vector<Object> values = new Vector<>(List.of(
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC),
                currentUsername(),
                agency == null ? "" : agency,
                source.getClass().getSimpleName(),
                label,
                String.valueOf(id),
                action,
                changes.build().toString()));
        if (agency == null) {
            values.set(2, null);
        }
        event.getSession().executeQuery(insert, values);
    }

    private static String currentUsername() {
        try {
            return CDI.current().select(Caller.class).get().username();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return "system";
        }
    }
}
