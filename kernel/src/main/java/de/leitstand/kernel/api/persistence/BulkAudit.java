package de.leitstand.kernel.api.persistence;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * SQL for writing audit entries set-based, for bulk writes that bypass JPA (an import of millions of
 * values): one {@code INSERT INTO kernel_audit_entry … SELECT …} writes one entry per changed row in the
 * same transaction as the change. The statement has two parameters, in this order: the time
 * ({@code OffsetDateTime}) and the user name. Works on PostgreSQL and H2 alike.
 *
 * <pre>{@code
 * String sql = BulkAudit.updates("BasisValue", "Basiswert", "t.agency_number", "t.id", subject,
 *         BulkAudit.changes(BulkAudit.change("value", "Wert", "t.amount", "s.amount")),
 *         "controlling_value t JOIN stage s ON … WHERE t.amount <> s.amount");
 * }</pre>
 */
public final class BulkAudit {

    private BulkAudit() {
    }

    /**
     * @param entityType   the entity's simple class name, as the JPA audit writes it
     * @param label        the German name of the entity ({@link Audited#value()})
     * @param agencyColumn SQL expression of the owning Jobcenter (or {@code NULL})
     * @param idColumn     SQL expression of the row's id
     * @param subject      SQL expression naming the row by its business key in German
     * @param changes      SQL expression of the JSON array of changes ({@link #changes})
     * @param fromWhere    the {@code FROM … WHERE …} part selecting exactly the rows that change
     */
    public static String updates(String entityType, String label, String agencyColumn, String idColumn, String subject,
                                 String changes, String fromWhere) {
        return "INSERT INTO kernel_audit_entry (occurred_at, username, agency_number, entity_type, entity_label, entity_id,"
                + " action, subject, changes) SELECT ?, ?, " + agencyColumn + ", " + literal(entityType) + ", " + literal(label)
                + ", CAST(" + idColumn + " AS VARCHAR(100)), 'UPDATE', " + subject + ", " + changes + " FROM " + fromWhere;
    }

    /** @return SQL building a JSON array from {@link #change} expressions */
    public static String changes(String... changes) {
        return "'[' || " + String.join(" || ',' || ", changes) + " || ']'";
    }

    /**
     * @return SQL of one JSON change object {@code {"field": …, "label": …, "old": …, "new": …}} as the entity
     *         listener writes it; values as text, escaped
     */
    public static String change(String field, String label, String oldExpression, String newExpression) {
        return "'{\"field\":\"" + plain(field) + "\",\"label\":\"" + plain(label) + "\",\"old\":' || " + json(oldExpression)
                + " || ',\"new\":' || " + json(newExpression) + " || '}'";
    }

    /** @return SQL of a decimal column as the audit trail shows decimals: plain, with a decimal comma */
    public static String decimal(String expression) {
        return "REPLACE(CAST(" + expression + " AS VARCHAR(60)), '.', ',')";
    }

    private static String plain(String text) {
        return text.replace("'", "''").replace("\"", "").replace("\\", "");
    }

    /** @return SQL mapping the codes in {@code column} to their labels (the code itself where none is given) */
    public static String labels(String column, Map<String, String> labels) {
        return "CASE " + column + labels.entrySet().stream()
                .map(e -> " WHEN " + literal(e.getKey()) + " THEN " + literal(e.getValue()))
                .collect(Collectors.joining()) + " ELSE " + column + " END";
    }

    /** @return a SQL string literal */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String json(String expression) {
        String text = "CAST(" + expression + " AS VARCHAR(4000))";
        return "COALESCE('\"' || REPLACE(REPLACE(" + text + ", '\\', '\\\\'), '\"', '\\\"') || '\"', 'null')";
    }
}
