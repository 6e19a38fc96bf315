package de.leitstand.kernel.api.export;

import de.leitstand.kernel.api.Text;

import java.util.List;

/**
 * A table's content: the sheet's name (as shown on the XLSX tab, at most 31 characters are kept), the
 * columns and the rows. A row holds one value per column: {@code String}, {@code Number},
 * {@code LocalDate}, {@code YearMonth}, a {@link Text} (a status, a reason, a data word: said in the export's
 * language) or {@code null} (an empty cell). The name too is said in the export's language.
 */
public record ExportSheet(Text title, List<ExportColumn> columns, List<List<Object>> rows) implements java.io.Serializable {

    public ExportSheet {
        columns = List.copyOf(columns);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + title + " has " + row.size() + " values for " + columns.size() + " columns");
            }
        }
    }

    /** A sheet whose name is the same in every language (or not yet translated). */
    public ExportSheet(String title, List<ExportColumn> columns, List<List<Object>> rows) {
        this(Text.literal(title), columns, rows);
    }
}
