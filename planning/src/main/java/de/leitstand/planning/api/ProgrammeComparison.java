package de.leitstand.planning.api;

import java.util.List;

/**
 * Two programme versions field by field.
 *
 * @param fields every field of either version, in document order
 */
public record ProgrammeComparison(ProgrammeSummary left, ProgrammeSummary right, List<Field> fields) implements java.io.Serializable {

    /** One field: its chapter, its name, both values as the document shows them. */
    public record Field(String chapter, String name, String left, String right, boolean changed) implements java.io.Serializable {
    }

    public long changedCount() {
        return fields.stream().filter(Field::changed).count();
    }
}
