package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.LeitstandException;
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
        String state = sql.getSQLState();
        for (SQLException next = sql.getNextException(); (state == null || state.startsWith("2") && !state.startsWith("23")
                && !state.startsWith("22")) && next != null; next = next.getNextException()) {
            state = next.getSQLState(); // a failed batch names the failing statement's state in the chain
        }
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "23505" -> new ConflictException("ALREADY_EXISTS",
                    "Diesen Datensatz hat gerade jemand anders angelegt. Bitte laden Sie neu und prüfen Sie Ihre Änderung.");
            case "23503" -> new ConflictException("STILL_REFERENCED",
                    "Der Datensatz wird noch von anderen Daten verwendet (z. B. eine Phase von Pakten) und kann so nicht "
                            + "entfernt oder umnummeriert werden. Es wurde nichts geändert.");
            case "40001", "40P01" -> ConflictException.concurrentModification();
            case "22001" -> new ValidationException("VALUE_TOO_LONG", "body",
                    "Ein Text ist länger, als das Feld erlaubt. Es wurde nichts geändert.");
            case "22003" -> new ValidationException("VALUE_OUT_OF_RANGE", "body",
                    "Eine Zahl ist größer, als das Feld erlaubt. Es wurde nichts geändert.");
            default -> null;
        };
    }
}
