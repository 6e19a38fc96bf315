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

/** Export {@code zeitreihe}: Zeitreihe einer Kennzahl. */
@ApplicationScoped
public class KpiSeriesExport implements ExportTable {

    @Inject
    ControllingApi controlling;

    @Override
    public String name() {
        return "zeitreihe";
    }

    @Override
    public List<String> parameters() {
        return List.of("code", "from", "to", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        String code = p.required("code");
        List<List<Object>> rows = new ArrayList<>();
        controlling.series(p.get("agencyNumber"), code, p.month("from"), p.month("to"))
                .forEach(point -> rows.add(Arrays.asList(point.month().toString(), point.value(), point.reason())));
        return new ExportSheet(Text.of("controlling.SHEET_KPI_SERIES", code, p.get("from"), p.get("to")), List.of(ExportColumn.of("column.monat", ColumnType.MONTH),
                ExportColumn.literal(code + " (%)", ColumnType.PERCENT_4), ExportColumn.of("column.nicht-berechenbar-weil", ColumnType.TEXT)), rows);
    }
}
