package de.leitstand.controlling.export;

import de.leitstand.controlling.api.SupervisionApi;
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

/** Export {@code fehlerquoten-monate}: Monatliche Fehlerquoten je Prüffeld. */
@ApplicationScoped
public class MonthlyErrorRatesExport implements ExportTable {

    @Inject
    SupervisionApi supervision;

    @Override
    public String name() {
        return "fehlerquoten-monate";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        supervision.overview(p.get("agencyNumber"), p.month("month")).areas().forEach(a -> a.months().forEach(m -> rows.add(Arrays.asList(
                a.code(), m.month().toString(), m.audited(), m.faulty(), m.rate()))));
        return new ExportSheet(Text.of("controlling.SHEET_MONTHLY_ERROR_RATES"), List.of(ExportColumn.of("column.prueffeld", ColumnType.TEXT), ExportColumn.of("column.monat", ColumnType.MONTH),
                ExportColumn.of("column.geprueft", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.fehlerhaft", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.fehlerquote-percent", ColumnType.PERCENT_1)), rows);
    }
}
