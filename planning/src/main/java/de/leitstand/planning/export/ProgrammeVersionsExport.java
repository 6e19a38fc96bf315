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

/** Export {@code programme}: Arbeitsmarkt- und Integrationsprogramme (Versionen). */
@ApplicationScoped
public class ProgrammeVersionsExport implements ExportTable {

    @Inject
    ProgrammePlanning planning;

    @Override
    public String name() {
        return "programme";
    }

    @Override
    public List<String> parameters() {
        return List.of("year", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        Integer year = p.optionalYear("year");
        planning.list(p.get("agencyNumber"), year).forEach(v -> rows.add(Arrays.asList(v.year(), v.versionNumber(), v.statusLabel(),
                v.standDate(), v.agreedOn(), v.agreedBy(), v.current() ? Text.of("planning.WORD_CURRENT") : null)));
        return new ExportSheet(Text.of("planning.SHEET_PROGRAMME_VERSIONS"), List.of(ExportColumn.of("column.jahr", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.version", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.status", ColumnType.TEXT), ExportColumn.of("column.stand", ColumnType.DATE), ExportColumn.of("column.vereinbart-am", ColumnType.DATE),
                ExportColumn.of("column.vereinbart-von", ColumnType.TEXT), ExportColumn.of("column.hinweis", ColumnType.TEXT)), rows);
    }
}
