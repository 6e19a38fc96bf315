package de.leitstand.planning.api;

import java.util.List;

/**
 * Two programme versions field by field.
 *
 * @param fields every field of either version, in document order
 */
public record ProgrammeComparison(ProgrammeSummary left, ProgrammeSummary right, List<Field> fields) implements java.io.Serializable {

    /**
     * One field: its chapter, its name, both values as the document shows them.
     *
     * @param difference right − left with its sign ("+12", "−1.234,5") where both are numbers and differ, else {@code null}
     * @param html       whether {@code left} and {@code right} are a chapter's rich text (sanitised HTML, as stored)
     */
    public record Field(String chapter, String name, String left, String right, boolean changed, String difference,
                        boolean html) implements java.io.Serializable {

        public Field(String chapter, String name, String left, String right, boolean changed) {
            this(chapter, name, left, right, changed, null, false);
        }
    }

    public long changedCount() {
        return fields.stream().filter(Field::changed).count();
    }
}
