package de.leitstand.controlling.export;

import de.leitstand.controlling.api.ReconciliationApi;
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

/** Export {@code abgleich-bundesweit}: Jobcenter mit Abweichungen von den veröffentlichten Kennzahlen. */
@ApplicationScoped
public class NationalReconciliationExport implements ExportTable {

    @Inject
    ReconciliationApi reconciliation;

    @Override
    public String name() {
        return "abgleich-bundesweit";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "gender");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        var n = reconciliation.national(p.month("month"), p.get("gender"));
        List<List<Object>> rows = new ArrayList<>();
        n.differing().forEach(d -> rows.add(Arrays.asList(d.agencyNumber(), d.name(), String.join(", ", d.codes()),
                Text.joined(", ", d.statuses()))));
        return new ExportSheet(Text.of("controlling.SHEET_NATIONAL_RECONCILIATION", n.month()), List.of(ExportColumn.of("column.traeger-nr", ColumnType.TEXT),
                ExportColumn.of("column.jobcenter", ColumnType.TEXT), ExportColumn.of("column.kennzahlen", ColumnType.TEXT), ExportColumn.of("column.ergebnis", ColumnType.TEXT)), rows);
    }
}
