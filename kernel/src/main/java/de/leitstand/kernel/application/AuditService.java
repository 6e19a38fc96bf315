package de.leitstand.kernel.application;

import de.leitstand.kernel.api.AuditEntryView;
import de.leitstand.kernel.api.AuditQuery;
import de.leitstand.kernel.api.AuditTrail;
import de.leitstand.kernel.api.Page;
import de.leitstand.kernel.api.PageRequest;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.kernel.api.persistence.QueryFilter;
import de.leitstand.kernel.domain.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.time.ZoneId;
import java.util.List;

/** Reads the audit trail; a non-national caller sees only their own Jobcenter's entries. */
@ApplicationScoped
@RequiresRole({Role.ADMIN, Role.GESCHAEFTSFUEHRUNG})
public class AuditService implements AuditTrail {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Override
    public Page<AuditEntryView> search(AuditQuery query, PageRequest page) {
        String agency = query.agencyNumber();
        if (agency != null && !agency.isBlank()) {
            tenancy.resolve(agency);
        }
        QueryFilter filter = new QueryFilter()
                .and("a.agencyNumber = :agency", "agency", agency)
                .and("a.agencyNumber = :own", "own", tenancy.restriction().map(Object::toString).orElse(null))
                .and("a.username = :username", "username", query.username())
                .and("a.entityType = :entityType", "entityType", query.entityType())
                .and("a.entityId = :entityId", "entityId", query.entityId())
                .and("a.action = :action", "action", query.action())
                .and("a.occurredAt >= :from", "from",
                        query.from() == null ? null : query.from().atStartOfDay(BERLIN).toInstant())
                .and("a.occurredAt < :to", "to",
                        query.to() == null ? null : query.to().plusDays(1).atStartOfDay(BERLIN).toInstant());
        List<AuditEntry> rows = filter.query(em, "SELECT a FROM AuditEntry a", "a.id DESC", AuditEntry.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = filter.query(em, "SELECT COUNT(a) FROM AuditEntry a", null, Long.class).getSingleResult();
        return new Page<>(rows.stream().map(AuditService::toView).toList(), page.page(), page.size(), total);
    }

    @Override
    public Facets facets() {
        String own = tenancy.restriction().map(Object::toString).orElse(null);
        String where = own == null ? "" : " WHERE a.agencyNumber = :own";
        var types = em.createQuery("SELECT DISTINCT a.entityType, a.entityLabel FROM AuditEntry a" + where, Object[].class);
        var users = em.createQuery("SELECT DISTINCT a.username FROM AuditEntry a" + where + " ORDER BY a.username", String.class);
        if (own != null) {
            types.setParameter("own", own);
            users.setParameter("own", own);
        }
        java.util.Map<String, String> byType = new java.util.TreeMap<>();
        types.getResultList().forEach(row -> byType.putIfAbsent((String) row[0], row[1] == null ? (String) row[0] : (String) row[1]));
        java.util.Map<String, String> byLabel = new java.util.LinkedHashMap<>();
        byType.entrySet().stream().sorted(java.util.Map.Entry.<String, String>comparingByValue(java.text.Collator.getInstance(java.util.Locale.GERMAN)))
                .forEach(e -> byLabel.put(e.getKey(), e.getValue()));
        return new Facets(byLabel, users.getResultList());
    }

    private static AuditEntryView toView(AuditEntry entry) {
        return new AuditEntryView(entry.getId(), entry.getOccurredAt(), entry.getUsername(), entry.getAgencyNumber(),
                entry.getEntityType(), entry.getEntityLabel(), entry.getEntityId(), entry.getAction(),
                entry.getSubject(), changes(entry.getChanges()));
    }

    static List<AuditEntryView.FieldChange> changes(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = de.leitstand.kernel.api.Jsons.PROVIDER.createReader(new StringReader(json))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).map(AuditService::change).toList();
        }
    }

    private static AuditEntryView.FieldChange change(JsonObject object) {
        String field = object.getString("field");
        String label = object.getString("label", field);
        if (object.containsKey("added")) {
            return new AuditEntryView.FieldChange(field, label,
                    "entfernt: " + object.getString("removed"), "hinzugefügt: " + object.getString("added"));
        }
        return new AuditEntryView.FieldChange(field, label,
                object.isNull("old") ? null : object.getString("old"),
                object.isNull("new") ? null : object.getString("new"));
    }
}
