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

/** Export {@code erwerbstaetige}: Erwerbstätige ELB nach Einkommen. */
@ApplicationScoped
public class EmployedBeneficiariesExport implements ExportTable {

    @Inject
    StructureApi structure;

    @Override
    public String name() {
        return "erwerbstaetige";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        StructureViews.Table t = structure.employment(p.get("agencyNumber"), p.month("month"));
        List<List<Object>> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(Arrays.asList(r.label(), r.value(), r.changeAbsolute(), r.changePercent(), r.share())));
        return new ExportSheet(Text.of("controlling.SHEET_EMPLOYED_BENEFICIARIES", t.period()), List.of(ExportColumn.of("column.merkmal", ColumnType.TEXT), ExportColumn.of("column.berichtsmonat", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.veraenderung-absolut", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.veraenderung-percent", ColumnType.PERCENT_1), ExportColumn.of("column.anteil-percent", ColumnType.PERCENT_1)), rows);
    }
}
