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

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code vergleichstypen}: Vergleichstypen mit Zuordnungen. */
@ApplicationScoped
public class ComparisonTypesExport implements ExportTable {

    @Inject
    ControllingApi controlling;

    @Override
    public String name() {
        return "vergleichstypen";
    }

    @Override
    public List<String> parameters() {
        return List.of("month");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        YearMonth asOf = p.optionalMonth("month");
        controlling.comparisonTypes(asOf).forEach(t -> {
            if (t.members().isEmpty()) {
                rows.add(Arrays.asList(t.code(), t.name(), t.validFrom().toString(), t.validTo() == null ? null : t.validTo().toString(), null, null, null));
            }
            t.members().forEach(m -> rows.add(Arrays.asList(t.code(), t.name(), t.validFrom().toString(),
                    t.validTo() == null ? null : t.validTo().toString(), m.agencyNumber(), m.name(), m.validFrom().toString())));
        });
        return new ExportSheet(Text.of("controlling.SHEET_COMPARISON_TYPES"), List.of(ExportColumn.of("column.kuerzel", ColumnType.TEXT), ExportColumn.of("column.bezeichnung", ColumnType.TEXT),
                ExportColumn.of("column.gueltig-ab", ColumnType.TEXT), ExportColumn.of("column.gueltig-bis", ColumnType.TEXT), ExportColumn.of("column.traeger-nr", ColumnType.TEXT),
                ExportColumn.of("column.jobcenter", ColumnType.TEXT), ExportColumn.of("column.zugeordnet-ab", ColumnType.TEXT)), rows);
    }
}
