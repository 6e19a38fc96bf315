package de.leitstand.reporting.export;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.export.ColumnType;
import de.leitstand.kernel.api.export.ExportColumn;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import de.leitstand.reporting.api.ReportingApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code dokumente}: Erzeugte Dokumente. */
@ApplicationScoped
public class DocumentsExport implements ExportTable {

    @Inject
    ReportingApi reporting;

    @Override
    public String name() {
        return "dokumente";
    }

    @Override
    public List<String> parameters() {
        return List.of("agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        reporting.documents(p.get("agencyNumber")).forEach(d -> rows.add(Arrays.asList(d.title(), d.kind(),
                d.generatedAt().atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate(), d.generatedBy(), d.fileName(), d.size(), d.sha512())));
        return new ExportSheet(Text.of("reporting.SHEET_DOCUMENTS"), List.of(ExportColumn.of("column.dokument", ColumnType.TEXT), ExportColumn.of("column.art", ColumnType.TEXT),
                ExportColumn.of("column.erzeugt-am", ColumnType.DATE), ExportColumn.of("column.von", ColumnType.TEXT), ExportColumn.of("column.datei", ColumnType.TEXT),
                ExportColumn.of("column.bytes", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.sha-512", ColumnType.TEXT)), rows);
    }
}
