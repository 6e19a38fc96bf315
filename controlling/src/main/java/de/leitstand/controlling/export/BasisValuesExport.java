package de.leitstand.controlling.export;

import de.leitstand.controlling.api.ControllingApi;
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

/** Export {@code basiszahlen}: Basiszahlen eines Monats mit Datenstand. */
@ApplicationScoped
public class BasisValuesExport implements ExportTable {

    @Inject
    ControllingApi controlling;

    @Override
    public String name() {
        return "basiszahlen";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        controlling.basisValues(p.get("agencyNumber"), p.month("month")).forEach(v -> rows.add(Arrays.asList(v.series(), v.seriesName(),
                v.gender(), v.vintage().toString(), v.value(), v.latest() ? Text.of("controlling.WORD_VALID") : Text.of("controlling.WORD_SUPERSEDED"), v.source())));
        return new ExportSheet(Text.of("controlling.SHEET_BASIS_VALUES", p.get("month")), List.of(ExportColumn.of("column.reihe", ColumnType.TEXT), ExportColumn.of("column.bezeichnung", ColumnType.TEXT),
                ExportColumn.of("column.geschlecht", ColumnType.TEXT), ExportColumn.of("column.datenstand", ColumnType.TEXT), ExportColumn.of("column.wert", ColumnType.DECIMAL_2),
                ExportColumn.of("column.stand", ColumnType.TEXT), ExportColumn.of("column.quelle", ColumnType.TEXT)), rows);
    }
}
