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

/** Export {@code abgleich}: Abgleich berechnet gegen veröffentlicht. */
@ApplicationScoped
public class ReconciliationExport implements ExportTable {

    @Inject
    ReconciliationApi reconciliation;

    @Override
    public String name() {
        return "abgleich";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "gender", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        var r = reconciliation.reconcile(p.get("agencyNumber"), p.month("month"), p.get("gender"));
        List<List<Object>> rows = new ArrayList<>();
        r.lines().forEach(l -> rows.add(Arrays.asList(l.code(), l.name(), l.computedValue(), l.computedNumerator(),
                l.computedDenominator(), l.publishedValue(), l.publishedNumerator(), l.publishedDenominator(),
                l.publishedVintage() == null ? null : l.publishedVintage().toString(), l.difference(), l.statusLabel(), l.reason())));
        return new ExportSheet(Text.of("controlling.SHEET_RECONCILIATION", r.agencyNumber(), r.month()), List.of(ExportColumn.of("column.kennzahl", ColumnType.TEXT),
                ExportColumn.of("column.bezeichnung", ColumnType.TEXT), ExportColumn.of("column.berechnet-percent", ColumnType.PERCENT_4), ExportColumn.of("column.zaehler-berechnet", ColumnType.DECIMAL_2),
                ExportColumn.of("column.nenner-berechnet", ColumnType.DECIMAL_2), ExportColumn.of("column.veroeffentlicht-percent", ColumnType.PERCENT_4),
                ExportColumn.of("column.zaehler-veroeffentlicht", ColumnType.DECIMAL_2), ExportColumn.of("column.nenner-veroeffentlicht", ColumnType.DECIMAL_2),
                ExportColumn.of("column.datenstand", ColumnType.TEXT), ExportColumn.of("column.differenz-prozentpunkte", ColumnType.PERCENT_4),
                ExportColumn.of("column.ergebnis", ColumnType.TEXT), ExportColumn.of("column.grund", ColumnType.TEXT)), rows);
    }
}
