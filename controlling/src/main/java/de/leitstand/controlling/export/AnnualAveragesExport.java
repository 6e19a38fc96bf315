package de.leitstand.controlling.export;

import de.leitstand.controlling.api.StructureApi;
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

/** Export {@code jahresdurchschnitte}: ELB und Bedarfsgemeinschaften im Jahresdurchschnitt. */
@ApplicationScoped
public class AnnualAveragesExport implements ExportTable {

    @Inject
    StructureApi structure;

    @Override
    public String name() {
        return "jahresdurchschnitte";
    }

    @Override
    public List<String> parameters() {
        return List.of("from", "to", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        structure.annualAverages(p.get("agencyNumber"), p.year("from"), p.year("to"))
                .forEach(a -> rows.add(Arrays.asList(a.year(), a.elb(), a.bg())));
        return new ExportSheet(Text.of("controlling.SHEET_ANNUAL_AVERAGES"), List.of(ExportColumn.of("column.jahr", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.elb", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.bedarfsgemeinschaften", ColumnType.WHOLE_NUMBER)), rows);
    }
}
