package de.leitstand.kernel.api.export;

import java.util.Objects;

/**
 * A column: its header, either a key in the table's bundle or (where the header is data, such as a
 * Kennzahl code or a version label) a literal text, and its type.
 */
public record ExportColumn(String key, String literal, ColumnType type) implements java.io.Serializable {

    public ExportColumn {
        Objects.requireNonNull(type, "type");
        if ((key == null) == (literal == null)) {
            throw new IllegalArgumentException("a column has either a header key or a literal header");
        }
    }

    /** A header from the table's bundle. */
    public static ExportColumn of(String key, ColumnType type) {
        return new ExportColumn(key, null, type);
    }

    /** A header that is data (the same in every language), e.g. {@code "K2 (%)"}. */
    public static ExportColumn literal(String header, ColumnType type) {
        return new ExportColumn(null, header, type);
    }
}
