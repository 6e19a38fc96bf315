package de.leitstand.controlling.export;

import de.leitstand.controlling.api.SteeringApi;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.export.ColumnType;
import de.leitstand.kernel.api.export.ExportColumn;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code qualitaet}: Qualitätsstandards im Monat. */
@ApplicationScoped
public class QualityStandardsExport implements ExportTable {

    @Inject
    SteeringApi steering;

    @Override
    public String name() {
        return "qualitaet";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        steering.quality(p.get("agencyNumber"), p.month("month")).standards().forEach(q -> rows.add(Arrays.asList(q.code(), q.name(),
                q.kind(), q.target(), q.actual(), q.actualMonth() == null ? null : q.actualMonth().toString(),
                q.met() == null ? null : q.met() ? Text.of("controlling.WORD_MET") : Text.of("controlling.WORD_NOT_MET"))));
        return new ExportSheet(Text.of("controlling.SHEET_QUALITY_STANDARDS", p.get("month")), List.of(ExportColumn.of("column.kuerzel", ColumnType.TEXT), ExportColumn.of("column.standard", ColumnType.TEXT),
                ExportColumn.of("column.art", ColumnType.TEXT), ExportColumn.of("column.ziel", ColumnType.DECIMAL_2), ExportColumn.of("column.ist", ColumnType.DECIMAL_2), ExportColumn.of("column.ist-aus-monat", ColumnType.TEXT),
                ExportColumn.of("column.stand", ColumnType.TEXT)), rows);
    }
}
