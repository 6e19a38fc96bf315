package de.leitstand.kernel.application;

import de.leitstand.kernel.api.RecordAuthors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the user of the insertion entries of given records from the audit trail. */
@ApplicationScoped
public class RecordAuthorService implements RecordAuthors {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Override
    public Map<String, String> creators(String entityType, Collection<String> entityIds) {
        Map<String, String> creators = new HashMap<>();
        if (entityIds.isEmpty()) {
            return creators;
        }
        List<Object[]> rows = em.createQuery("SELECT a.entityId, a.username FROM AuditEntry a WHERE a.entityType = :type"
                        + " AND a.action = 'INSERT' AND a.entityId IN :ids", Object[].class)
                .setParameter("type", entityType).setParameter("ids", List.copyOf(entityIds)).getResultList();
        rows.forEach(row -> creators.putIfAbsent((String) row[0], (String) row[1]));
        return creators;
    }
}
