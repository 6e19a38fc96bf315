package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;

import java.sql.SQLException;

/**
 * What the database refused, by SQLSTATE (the same on H2 and PostgreSQL): a unique key someone else
 * has just written (parallel first writes of the same key), a record still referenced by others (a
 * renumbered phase that pacts use) and a lost serialization or deadlock are conflicts (409); a value longer or larger than its column is bad input (400). Never a 500.
 */
final class DatabaseRefusals {

    private DatabaseRefusals() {
    }

    /** @return the refusal for this exception, or null when it is no such database error */
    static LeitstandException of(Throwable exception) {
        if (!(exception instanceof SQLException sql)) {
            return null;
        }
        String state = de.leitstand.kernel.api.persistence.DatabaseConflicts.state(sql);
        LeitstandException conflict = de.leitstand.kernel.api.persistence.DatabaseConflicts.ofState(state);
        if (conflict != null || state == null) {
            return conflict;
        }
        return switch (state) {
            case "22001" -> tooLarge("VALUE_TOO_LONG", sql, "kernel.DB_VALUE_TOO_LONG", "kernel.DB_COLUMN_TOO_LONG");
            case "22003" -> tooLarge("VALUE_OUT_OF_RANGE", sql, "kernel.DB_VALUE_OUT_OF_RANGE", "kernel.DB_COLUMN_OUT_OF_RANGE");
            default -> null;
        };
    }

    /**
     * A value the database refused for its column, naming the column when the database says it (H2 does,
     * PostgreSQL names only the type); the column limits are checked as validation before, so this is the last line.
     */
    private static ValidationException tooLarge(String code, SQLException sql, String valueKey, String columnKey) {
        String column = column(sql.getMessage());
        String field = column == null ? "body" : column;
        return new ValidationException(code, field, column == null ? Text.of(valueKey) : Text.of(columnKey, column));
    }

    /** The column a database message names ({@code column "SOURCE CHARACTER VARYING(200)"} on H2), lower case, or null. */
    static String column(String message) {
        if (message == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)column \"?([A-Za-z_][A-Za-z0-9_.]*)").matcher(message);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
