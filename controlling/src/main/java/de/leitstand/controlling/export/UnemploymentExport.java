package de.leitstand.controlling.export;

import de.leitstand.controlling.api.StructureApi;
import de.leitstand.controlling.api.StructureViews;
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

/** Export {@code arbeitslose}: Arbeitslose im SGB II. */
@ApplicationScoped
public class UnemploymentExport implements ExportTable {

    @Inject
    StructureApi structure;

    @Override
    public String name() {
        return "arbeitslose";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        StructureViews.Table t = structure.unemployment(p.get("agencyNumber"), p.month("month"));
        List<List<Object>> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(Arrays.asList(r.label(), r.value(), r.share())));
        return new ExportSheet(Text.of("controlling.SHEET_UNEMPLOYMENT", t.period()), List.of(ExportColumn.of("column.merkmal", ColumnType.TEXT), ExportColumn.of("column.anzahl-bzw-quote", ColumnType.DECIMAL_1),
                ExportColumn.of("column.anteil-percent", ColumnType.PERCENT_1)), rows);
    }
}
