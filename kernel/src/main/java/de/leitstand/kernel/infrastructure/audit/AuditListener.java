package de.leitstand.kernel.infrastructure.audit;

import de.leitstand.kernel.api.persistence.AuditNamed;
import de.leitstand.kernel.api.persistence.AuditRendering;
import de.leitstand.kernel.api.persistence.OwnedByJobcenter;
import de.leitstand.kernel.api.security.Caller;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.identitymaps.CacheId;
import org.eclipse.persistence.internal.sessions.DirectMapChangeRecord;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.CollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectCollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Vector;
import java.util.stream.Collectors;

/**
 * Writes one audit entry per insert, update and delete of an audited entity, inside the same
 * database transaction as the change: if the change rolls back, so does its entry, and no change
 * commits without one. Each change names the field (and its German label) and the old and new value as
 * readable text ({@link AuditRendering}); the entry names the record by its business key when it is
 * {@link AuditNamed}. Secrets are never written.
 */
class AuditListener extends DescriptorEventAdapter {

    private static final String INSERT_SQL = "INSERT INTO kernel_audit_entry "
            + "(occurred_at, username, agency_number, entity_type, entity_label, entity_id, action, subject, changes) "
            + "VALUES (#OCCURRED, #USERNAME, #AGENCY, #TYPE, #LABEL, #ID, #ACTION, #SUBJECT, #CHANGES)";
    private static final List<String> ARGUMENTS =
            List.of("OCCURRED", "USERNAME", "AGENCY", "TYPE", "LABEL", "ID", "ACTION", "SUBJECT", "CHANGES");

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
        Class<?> type = event.getSource().getClass();
        JsonArrayBuilder changes = de.leitstand.kernel.api.Jsons.array();
        for (ChangeRecord change : changeSet.getChanges()) {
            String field = change.getAttribute();
            DatabaseMapping mapping = event.getDescriptor().getObjectBuilder().getMappingForAttributeName(field);
            if (mapping != null && isVersion(event.getDescriptor(), mapping)) {
                continue;
            }
            Object now = mapping == null ? null : mapping.getAttributeValueFromObject(event.getSource());
            now = unwrap(now);
            if (change instanceof DirectCollectionChangeRecord collection) {
                changes.add(listChange(type, field, collection.getRemoveObjectList(), collection.getAddObjectList()));
            } else if (change instanceof CollectionChangeRecord collection) {
                changes.add(listChange(type, field, clones(collection.getRemoveObjectList()), clones(collection.getAddObjectList())));
            } else if (change instanceof DirectMapChangeRecord map && now instanceof Map<?, ?> current) {
                Map<Object, Object> old = new TreeMap<>(current);
                map.getAddObjects().keySet().forEach(old::remove);
                old.putAll(map.getRemoveObjects());
                changes.add(entry(type, field, old, current));
            } else {
                Object old = change.getOldValue();
                changes.add(entry(type, field, old instanceof ObjectChangeSet set ? clone(set) : old, now));
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
        Class<?> type = event.getSource().getClass();
        JsonArrayBuilder values = de.leitstand.kernel.api.Jsons.array();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (isVersion(descriptor, mapping) || mapping.isPrimaryKeyMapping() && !mapping.isDirectToFieldMapping()) {
                continue;
            }
            Object value = unwrap(mapping.getAttributeValueFromObject(event.getSource()));
            if (value instanceof Collection<?> collection && collection.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty()) {
                continue;
            }
            values.add(asOld ? entry(type, mapping.getAttributeName(), value, null)
                    : entry(type, mapping.getAttributeName(), null, value));
        }
        return values;
    }

    /** A lazily loaded reference or collection: its value (already loaded when the entity was written). */
    private static Object unwrap(Object value) {
        if (value instanceof org.eclipse.persistence.indirection.ValueHolderInterface holder) {
            return holder.getValue();
        }
        if (value instanceof org.eclipse.persistence.indirection.IndirectContainer container
                && !container.isInstantiated()) {
            return null;
        }
        return value;
    }

    private static boolean isVersion(ClassDescriptor descriptor, DatabaseMapping mapping) {
        var locking = descriptor.getOptimisticLockingPolicy();
        return locking != null && mapping.getFields().stream()
                .anyMatch(field -> field.equals(locking.getWriteLockField()));
    }

    private static List<Object> clones(Map<?, ?> changeSets) {
        return changeSets.keySet().stream().map(key -> key instanceof ObjectChangeSet set ? clone(set) : key).toList();
    }

    private static Object clone(ObjectChangeSet set) {
        return ((org.eclipse.persistence.internal.sessions.ObjectChangeSet) set).getUnitOfWorkClone();
    }

    private static JsonObjectBuilder listChange(Class<?> type, String field, Collection<?> removed, Collection<?> added) {
        return de.leitstand.kernel.api.Jsons.object().add("field", field).add("label", AuditRendering.label(type, field))
                .add("removed", listText(removed)).add("added", listText(added));
    }

    private static String listText(Collection<?> values) {
        return values == null || values.isEmpty() ? "–"
                : values.stream().map(AuditRendering::text).sorted().collect(Collectors.joining("; "));
    }

    private static JsonObjectBuilder entry(Class<?> type, String field, Object oldValue, Object newValue) {
        var builder = de.leitstand.kernel.api.Jsons.object().add("field", field).add("label", AuditRendering.label(type, field));
        String old = AuditRendering.text(type, field, oldValue);
        String now = AuditRendering.text(type, field, newValue);
        if (old == null) {
            builder.addNull("old");
        } else {
            builder.add("old", old);
        }
        if (now == null) {
            builder.addNull("new");
        } else {
            builder.add("new", now);
        }
        return builder;
    }

    private void write(DescriptorEvent event, String action, JsonArrayBuilder changes) {
        Object source = event.getSource();
        Object id = event.getDescriptor().getObjectBuilder()
                .extractPrimaryKeyFromObject(source, event.getSession());
        if (id instanceof CacheId composite) {
            id = Arrays.stream(composite.getPrimaryKey()).map(String::valueOf).collect(Collectors.joining("/"));
        }
        String agency = source instanceof OwnedByJobcenter owned && owned.getAgencyNumber() != null
                ? owned.getAgencyNumber().value() : null;
        String subject = source instanceof AuditNamed ? shorten(AuditRendering.name(source)) : null;

        DataModifyQuery insert = new DataModifyQuery();
        insert.setSQLString(INSERT_SQL);
        ARGUMENTS.forEach(insert::addArgument);
        Vector<Object> values = new Vector<>(new ArrayList<>(Arrays.asList(
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC),
                currentUsername(),
                agency,
                source.getClass().getSimpleName(),
                label,
                String.valueOf(id),
                action,
                subject,
                changes.build().toString())));
        event.getSession().executeQuery(insert, values);
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 298) + " …";
    }

    private static String currentUsername() {
        try {
            return CDI.current().select(Caller.class).get().username();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return "system";
        }
    }
}
