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

/** Export {@code integrationsprognose}: ELB nach Integrationsprognose und Alter. */
@ApplicationScoped
public class IntegrationPrognosisExport implements ExportTable {

    @Inject
    StructureApi structure;

    @Override
    public String name() {
        return "integrationsprognose";
    }

    @Override
    public List<String> parameters() {
        return List.of("period", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        StructureViews.Table t = structure.prognosis(p.get("agencyNumber"), p.required("period"));
        List<List<Object>> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(Arrays.asList(r.label(), r.value(), r.share(), r.byAge().get("U25"), r.byAge().get("U55"), r.byAge().get("AB55"))));
        return new ExportSheet(Text.of("controlling.SHEET_INTEGRATION_PROGNOSIS", t.period()), List.of(ExportColumn.of("column.integrationsprognose", ColumnType.TEXT),
                ExportColumn.of("column.elb", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.anteil-an-elb-percent", ColumnType.PERCENT_1), ExportColumn.of("column.15-bis-unter-25", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.25-bis-unter-55", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.55-und-aelter", ColumnType.WHOLE_NUMBER)), rows);
    }
}
