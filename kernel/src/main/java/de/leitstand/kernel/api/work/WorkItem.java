package de.leitstand.kernel.api.work;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing that waits for the user on the start page, with the place to act.
 *
 * @param kind       what kind of work it is (for ordering and the label)
 * @param messageKey the UI text key of the sentence (German and English bundles of the web module), with
 *                   {@code {0}}, {@code {1}} … for the arguments
 * @param arguments  the values of the sentence (names, numbers), already as text
 * @param due        when it is or was due; {@code null} when it has no date
 * @param link       the page to act on, relative to the application ({@code planning/programme.xhtml?id=2})
 */
public record WorkItem(Kind kind, String messageKey, List<String> arguments, LocalDate due, String link) implements java.io.Serializable {

    /** The kinds of work, in the order the list shows them. */
    public enum Kind {
        /** a programme or plan waits for the user's agreement */
        AGREEMENT,
        /** a corrective or steering action is past its due date */
        OVERDUE,
        /** a paper waits to be released */
        RELEASE,
        /** an import produced plausibility warnings */
        IMPORT_WARNINGS,
        /** a reporting obligation is due */
        REPORTING_DUE,
        /** anything else to remember */
        REMINDER
    }

    public WorkItem {
        arguments = List.copyOf(arguments);
    }
}
