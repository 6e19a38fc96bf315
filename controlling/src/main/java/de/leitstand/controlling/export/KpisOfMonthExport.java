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
import java.util.Arrays;
import java.util.List;

/** Export {@code kennzahlen}: Kennzahlen eines Monats. */
@ApplicationScoped
public class KpisOfMonthExport implements ExportTable {

    @Inject
    ControllingApi controlling;

    @Override
    public String name() {
        return "kennzahlen";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "gender", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        for (ControllingViews.KpiView k : controlling.kpis(p.get("agencyNumber"), p.month("month"), p.get("gender"), null)) {
            rows.add(Arrays.asList(k.code(), k.name(), k.value(), k.changePercent(), k.numerator(), k.denominator(),
                    k.source(), k.reason()));
        }
        return new ExportSheet(Text.of("controlling.SHEET_KPIS_OF_MONTH", p.get("month")), List.of(ExportColumn.of("column.kennzahl", ColumnType.TEXT),
                ExportColumn.of("column.bezeichnung", ColumnType.TEXT), ExportColumn.of("column.wert-percent", ColumnType.PERCENT_4),
                ExportColumn.of("column.veraenderung-zum-vorjahresmonat-percent", ColumnType.PERCENT_4), ExportColumn.of("column.zaehler", ColumnType.DECIMAL_2),
                ExportColumn.of("column.nenner", ColumnType.DECIMAL_2), ExportColumn.of("column.fassung-der-verordnung", ColumnType.TEXT),
                ExportColumn.of("column.nicht-berechenbar-weil", ColumnType.TEXT)), rows);
    }
}
