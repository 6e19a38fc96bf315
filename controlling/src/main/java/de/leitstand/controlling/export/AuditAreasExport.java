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

/** Export {@code prueffelder}: Prüffelder. */
@ApplicationScoped
public class AuditAreasExport implements ExportTable {

    @Inject
    SupervisionApi supervision;

    @Override
    public String name() {
        return "prueffelder";
    }

    @Override
    public List<String> parameters() {
        return List.of("agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        supervision.areas(p.get("agencyNumber")).forEach(a -> rows.add(Arrays.asList(a.code(), a.name(), a.errorThreshold(), a.active() ? "aktiv" : "inaktiv")));
        return new ExportSheet(Text.of("controlling.SHEET_AUDIT_AREAS"), List.of(ExportColumn.of("column.kuerzel", ColumnType.TEXT), ExportColumn.of("column.bezeichnung", ColumnType.TEXT),
                ExportColumn.of("column.schwellenwert-percent", ColumnType.PERCENT_2), ExportColumn.of("column.status", ColumnType.TEXT)), rows);
    }
}
