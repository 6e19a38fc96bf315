package de.leitstand.controlling.export;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.export.ColumnType;
import de.leitstand.kernel.api.export.ExportColumn;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/** Export {@code bundesweit}: Alle Kennzahlen aller Jobcenter. */
@ApplicationScoped
public class NationalKpisExport implements ExportTable {

    @Inject
    ControllingApi controlling;

    @Override
    public String name() {
        return "bundesweit";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "gender");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        ControllingViews.NationalTable n = controlling.national(p.month("month"), p.get("gender"));
        List<ExportColumn> columns = new ArrayList<>(List.of(ExportColumn.of("column.traeger-nr", ColumnType.TEXT), ExportColumn.of("column.jobcenter", ColumnType.TEXT)));
        n.codes().forEach(code -> columns.add(ExportColumn.literal(code + " (%)", ColumnType.PERCENT_4)));
        List<List<Object>> rows = new ArrayList<>();
        n.rows().forEach(r -> {
            List<Object> row = new ArrayList<>(List.of(r.agencyNumber(), r.name()));
            row.addAll(r.values());
            rows.add(row);
        });
        return new ExportSheet(Text.of("controlling.SHEET_NATIONAL_KPIS", n.month()), columns, rows);
    }
}
