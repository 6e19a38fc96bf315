package de.leitstand.planning.export;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.export.ColumnType;
import de.leitstand.kernel.api.export.ExportColumn;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import de.leitstand.planning.api.ProgrammePlanning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code versionsvergleich}: Vergleich zweier Programmversionen. */
@ApplicationScoped
public class VersionComparisonExport implements ExportTable {

    @Inject
    ProgrammePlanning planning;

    @Override
    public String name() {
        return "versionsvergleich";
    }

    @Override
    public List<String> parameters() {
        return List.of("left", "right");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        var c = planning.compare(p.id("left"), p.id("right"));
        List<List<Object>> rows = new ArrayList<>();
        c.fields().forEach(f -> rows.add(Arrays.asList(f.chapter(), f.name(), f.html() ? plainText(f.left()) : f.left(),
                f.html() ? plainText(f.right()) : f.right(), f.changed() ? Text.of("planning.WORD_CHANGED") : null, f.difference())));
        return new ExportSheet(Text.of("planning.SHEET_VERSION_COMPARISON"), List.of(ExportColumn.of("column.kapitel", ColumnType.TEXT), ExportColumn.of("column.feld", ColumnType.TEXT),
                ExportColumn.literal("Version " + c.left().versionNumber() + " (" + c.left().year() + ")", ColumnType.TEXT),
                ExportColumn.literal("Version " + c.right().versionNumber() + " (" + c.right().year() + ")", ColumnType.TEXT), ExportColumn.of("column.hinweis", ColumnType.TEXT),
                ExportColumn.of("column.differenz", ColumnType.TEXT)), rows);
    }

    /** @return a chapter's rich text as plain text for a table cell (paragraphs separated by a blank) */
    private static String plainText(String html) {
        return html == null ? null : org.jsoup.Jsoup.parseBodyFragment(html).text();
    }
}
