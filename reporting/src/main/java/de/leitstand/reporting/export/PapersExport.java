package de.leitstand.reporting.export;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.export.ColumnType;
import de.leitstand.kernel.api.export.ExportColumn;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import de.leitstand.reporting.api.PaperApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code vorlagen}: Vorlagen für Gremien. */
@ApplicationScoped
public class PapersExport implements ExportTable {

    @Inject
    PaperApi papers;

    @Override
    public String name() {
        return "vorlagen";
    }

    @Override
    public List<String> parameters() {
        return List.of("agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        papers.papers(p.get("agencyNumber")).forEach(v -> rows.add(Arrays.asList(v.reference(), v.typeLabel(), v.title(), v.date(),
                v.publicPaper() ? Text.of("reporting.WORD_PUBLIC") : Text.of("reporting.WORD_NOT_PUBLIC"), "FREIGEGEBEN".equals(v.state()) ? Text.of("reporting.WORD_RELEASED") : Text.of("reporting.WORD_DRAFT"))));
        return new ExportSheet(Text.of("reporting.SHEET_PAPERS"), List.of(ExportColumn.of("column.drucksachen-nr", ColumnType.TEXT), ExportColumn.of("column.art", ColumnType.TEXT),
                ExportColumn.of("column.bezeichnung", ColumnType.TEXT), ExportColumn.of("column.datum", ColumnType.DATE), ExportColumn.of("column.status", ColumnType.TEXT), ExportColumn.of("column.stand", ColumnType.TEXT)), rows);
    }
}
