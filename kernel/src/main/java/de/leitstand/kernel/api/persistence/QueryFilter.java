package de.leitstand.kernel.api.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the WHERE clause of a list query from optional criteria, so that absent criteria are
 * left out instead of bound as NULL (PostgreSQL cannot type a bare {@code ? IS NULL}).
 */
public final class QueryFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /**
     * Adds a condition if the value is present.
     *
     * @param condition JPQL using the named parameter, e.g. {@code "e.agencyNumber = :agency"}
     */
    public QueryFilter and(String condition, String parameter, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds a case-insensitive "contains" over several attributes if the text is present. */
    public QueryFilter containsIgnoreCase(String text, String... attributes) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> alternatives = new ArrayList<>();
        for (String attribute : attributes) {
            alternatives.add("LOWER(" + attribute + ") LIKE :text");
        }
        conditions.add("(" + String.join(" OR ", alternatives) + ")");
        parameters.put("text", "%" + text.trim().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        return this;
    }

    /** @return the clause with a leading " WHERE ", or an empty string */
    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public <T> TypedQuery<T> query(EntityManager em, String selectFrom, String orderBy, Class<T> type) {
        TypedQuery<T> query = em.createQuery(selectFrom + where() + (orderBy == null ? "" : " ORDER BY " + orderBy), type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
