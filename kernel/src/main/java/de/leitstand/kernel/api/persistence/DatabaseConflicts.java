package de.leitstand.kernel.api.persistence;

import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.Text;

import java.sql.SQLException;

/**
 * The database's refusals that are conflicts with a parallel writer, by SQLSTATE (the same on H2 and
 * PostgreSQL): a unique key someone else has just written ({@code ALREADY_EXISTS}), a record still
 * referenced ({@code STILL_REFERENCED}), a lost serialization, a deadlock or a lock not granted
 * ({@code CONCURRENT_MODIFICATION}). Used by the API's exception mapper and by code that writes with JDBC,
 * so that the UI gets the same {@link ConflictException} as the API, never an error page.
 */
public final class DatabaseConflicts {

    private DatabaseConflicts() {
    }

    /** @return the conflict somewhere in the cause chain, or null when it is no such refusal */
    public static ConflictException of(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                ConflictException conflict = ofState(state(sql));
                if (conflict != null) {
                    return conflict;
                }
            }
        }
        return null;
    }

    /** The state of the statement that failed; a failed batch names it in its chain. */
    public static String state(SQLException sql) {
        String state = sql.getSQLState();
        for (SQLException next = sql.getNextException(); (state == null || state.startsWith("2") && !state.startsWith("23")
                && !state.startsWith("22")) && next != null; next = next.getNextException()) {
            state = next.getSQLState();
        }
        return state;
    }

    /** @return the conflict of a SQLSTATE, or null */
    public static ConflictException ofState(String state) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "23505" -> new ConflictException("ALREADY_EXISTS",
                    Text.of("kernel.ALREADY_EXISTS"));
            case "23503" -> new ConflictException("STILL_REFERENCED",
                    Text.of("kernel.STILL_REFERENCED"));
            // lost serialization, deadlock; a lock not granted (PostgreSQL NOWAIT, H2 lock timeout, H2 concurrent update)
            case "40001", "40P01", "55P03", "HYT00", "90131" -> ConflictException.concurrentModification();
            default -> null;
        };
    }
}
