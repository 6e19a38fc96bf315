package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.ImportRow;
import de.leitstand.controlling.domain.Series;
import de.leitstand.kernel.api.persistence.BulkAudit;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.ContextSchema;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes imported basis figures in bulk, inside the caller's transaction: on PostgreSQL the rows are
 * streamed with {@code COPY} into a session-local staging table, then one UPDATE revises the values whose
 * key (Jobcenter, series, month, gender, vintage) exists with another amount and one INSERT adds the rest;
 * on H2 the same two statements run as JDBC batches. A value whose amount did not change stays as it is.
 * Before a value is revised, its old and new amount and source go into the audit trail, set-based
 * ({@link BulkAudit}), in the same transaction: one entry per changed value, naming it by its business key.
 */
@ApplicationScoped
class BulkValueWriter {

    private static final int BATCH = 1_000;
    private static final int CHUNK = 1 << 20;
    private static final String KEY = "t.agency_number = s.agency_number AND t.series = s.series AND t.ref_month = s.ref_month"
            + " AND t.gender = s.gender AND t.vintage = s.vintage";

    /** What the write did. */
    record Outcome(int inserted, int revised) {
    }

    /** The audit entry of each value the stage revises (parameters: time, user, source). */
    static final String AUDIT_STAGED = audit("controlling_value t JOIN controlling_value_stage s ON " + KEY
            + " WHERE t.amount <> s.amount", "s.amount");

    /** The audit entry of the one value a row revises (parameters: time, user, new amount, source, key, new amount). */
    static final String AUDIT_ROW = audit("controlling_value t WHERE t.agency_number = ? AND t.series = ? AND t.ref_month = ?"
            + " AND t.gender = ? AND t.vintage = ? AND t.amount <> ?", "CAST(? AS NUMERIC(17, 2))");

    @Resource(lookup = ContextSchema.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Caller caller;

    private static String audit(String fromWhere, String newAmount) {
        String subject = "t.agency_number || ' · ' || " + BulkAudit.labels("t.series", labels(Series.values(), Series::germanName))
                + " || ' · ' || TO_CHAR(t.ref_month, 'MM.YYYY') || ' · ' || "
                + BulkAudit.labels("t.gender", labels(Gender.values(), Gender::label))
                + " || ' · Datenstand ' || TO_CHAR(t.vintage, 'MM.YYYY')";
        // the new amount is bound in the change text; the source is the third parameter
        String changes = BulkAudit.changes(
                BulkAudit.change("value", "Wert", BulkAudit.decimal("t.amount"), BulkAudit.decimal(newAmount)),
                BulkAudit.change("source", "Quelle", "t.source", "CAST(? AS VARCHAR(200))"));
        return BulkAudit.updates("BasisValue", "Basiswert", "t.agency_number", "t.id", subject, changes, fromWhere);
    }

    private static <E extends Enum<E>> Map<String, String> labels(E[] values, java.util.function.Function<E, String> label) {
        return Arrays.stream(values).collect(Collectors.toMap(Enum::name, label, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    Outcome write(List<ImportRow> rows, String source) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            String user = caller.username();
            return postgres ? copy(connection, rows, source, user) : batches(connection, rows, source, user);
        } catch (SQLException e) {
            // a parallel import or entry of the same values: a conflict (409, or a message in the UI), not an error
            de.leitstand.kernel.api.ConflictException conflict = de.leitstand.kernel.api.persistence.DatabaseConflicts.of(e);
            if (conflict != null) {
                throw conflict;
            }
            throw new IllegalStateException("Die Basiszahlen konnten nicht gespeichert werden: " + e.getMessage(), e);
        }
    }

    private static Outcome copy(Connection connection, List<ImportRow> rows, String source, String user) throws SQLException {
        if (!anyKeyExists(connection, rows)) {
            String quoted = "\"" + source.replace("\"", "\"\"") + "\"";
            stream(connection, "COPY controlling_value (agency_number, series, ref_month, gender, vintage, amount, source, version)"
                    + " FROM STDIN (FORMAT csv)", rows, "," + quoted + ",1");
            analyzeAfterLargeLoad(connection, rows.size());
            return new Outcome(rows.size(), 0);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS controlling_value_stage (agency_number VARCHAR(5), series VARCHAR(20),"
                    + " ref_month DATE, gender VARCHAR(10), vintage DATE, amount NUMERIC(17, 2)) ON COMMIT DELETE ROWS");
            statement.execute("TRUNCATE controlling_value_stage");
        }
        stream(connection, "COPY controlling_value_stage (agency_number, series, ref_month, gender, vintage, amount) FROM STDIN (FORMAT csv)",
                rows, "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE controlling_value_stage");
        }
        try (PreparedStatement audit = connection.prepareStatement(AUDIT_STAGED)) {
            audit.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            audit.setString(2, user);
            audit.setString(3, source);
            audit.executeUpdate();
        }
        int revised;
        try (PreparedStatement update = connection.prepareStatement("UPDATE controlling_value t SET amount = s.amount, source = ?,"
                + " version = t.version + 1 FROM controlling_value_stage s WHERE " + KEY + " AND t.amount <> s.amount")) {
            update.setString(1, source);
            revised = update.executeUpdate();
        }
        int inserted;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO controlling_value (id, agency_number, series, ref_month,"
                + " gender, vintage, amount, source, version) SELECT nextval('controlling_value_seq'), s.agency_number, s.series,"
                + " s.ref_month, s.gender, s.vintage, s.amount, ?, 1 FROM controlling_value_stage s"
                + " WHERE NOT EXISTS (SELECT 1 FROM controlling_value t WHERE " + KEY + ")")) {
            insert.setString(1, source);
            inserted = insert.executeUpdate();
        }
        analyzeAfterLargeLoad(connection, revised + inserted);
        return new Outcome(inserted, revised);
    }

    /** After a large load the planner's statistics are refreshed at once rather than by autovacuum later. */
    private static void analyzeAfterLargeLoad(Connection connection, int changed) throws SQLException {
        if (changed >= 100_000) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE controlling_value");
            }
        }
    }

    /**
     * Whether any row's key could already be stored: a value of one of the Jobcenters in the months and
     * vintages of the file. Without one, the rows go straight into the table.
     */
    private static boolean anyKeyExists(Connection connection, List<ImportRow> rows) throws SQLException {
        java.time.YearMonth first = rows.stream().map(ImportRow::month).min(java.time.YearMonth::compareTo).orElseThrow();
        java.time.YearMonth last = rows.stream().map(ImportRow::month).max(java.time.YearMonth::compareTo).orElseThrow();
        Object[] agencies = rows.stream().map(ImportRow::agencyNumber).distinct().toArray();
        Object[] vintages = rows.stream().map(r -> r.vintage().atDay(1)).distinct().map(java.sql.Date::valueOf).toArray();
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM controlling_value WHERE ref_month BETWEEN ? AND ?"
                + " AND vintage = ANY (?) AND agency_number = ANY (?) LIMIT 1")) {
            query.setObject(1, first.atDay(1));
            query.setObject(2, last.atDay(1));
            query.setArray(3, connection.createArrayOf("date", vintages));
            query.setArray(4, connection.createArrayOf("varchar", agencies));
            try (java.sql.ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    /** Streams the rows as CSV lines (key columns and amount, then {@code suffix}) into a COPY. */
    private static void stream(Connection connection, String sql, List<ImportRow> rows, String suffix) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder chunk = new StringBuilder(CHUNK + 256);
            for (ImportRow row : rows) {
                chunk.append(row.agencyNumber()).append(',').append(row.series().name()).append(',').append(row.month()).append("-01,")
                        .append(row.gender().name()).append(',').append(row.vintage()).append("-01,").append(row.value().toPlainString())
                        .append(suffix).append('\n');
                if (chunk.length() >= CHUNK) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static Outcome batches(Connection connection, List<ImportRow> rows, String source, String user) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int revised = 0;
        int inserted = 0;
        String where = "agency_number = ? AND series = ? AND ref_month = ? AND gender = ? AND vintage = ?";
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE controlling_value SET amount = ?, source = ?, version = version + 1 WHERE " + where + " AND amount <> ?");
             PreparedStatement audit = connection.prepareStatement(AUDIT_ROW);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO controlling_value (id, agency_number, series, ref_month,"
                     + " gender, vintage, amount, source, version) SELECT NEXT VALUE FOR controlling_value_seq, ?, ?, ?, ?, ?, ?, ?, 1"
                     + " WHERE NOT EXISTS (SELECT 1 FROM controlling_value WHERE " + where + ")")) {
            for (int start = 0; start < rows.size(); start += BATCH) {
                List<ImportRow> part = rows.subList(start, Math.min(rows.size(), start + BATCH));
                for (ImportRow row : part) {
                    audit.setObject(1, now);
                    audit.setString(2, user);
                    audit.setBigDecimal(3, row.value());
                    audit.setString(4, source);
                    key(audit, 5, row);
                    audit.setBigDecimal(10, row.value());
                    audit.addBatch();
                }
                audit.executeBatch();
                for (ImportRow row : part) {
                    update.setBigDecimal(1, row.value());
                    update.setString(2, source);
                    key(update, 3, row);
                    update.setBigDecimal(8, row.value());
                    update.addBatch();
                }
                revised += sum(update.executeBatch());
                for (ImportRow row : part) {
                    key(insert, 1, row);
                    insert.setBigDecimal(6, row.value());
                    insert.setString(7, source);
                    key(insert, 8, row);
                    insert.addBatch();
                }
                inserted += sum(insert.executeBatch());
            }
        }
        return new Outcome(inserted, revised);
    }

    private static void key(PreparedStatement statement, int first, ImportRow row) throws SQLException {
        statement.setString(first, row.agencyNumber());
        statement.setString(first + 1, row.series().name());
        statement.setObject(first + 2, row.month().atDay(1));
        statement.setString(first + 3, row.gender().name());
        statement.setObject(first + 4, row.vintage().atDay(1));
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }
}
