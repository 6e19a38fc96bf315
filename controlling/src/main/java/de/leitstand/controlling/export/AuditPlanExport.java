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

/** Export {@code pruefplan}: Prüfplan eines Jahres. */
@ApplicationScoped
public class AuditPlanExport implements ExportTable {

    @Inject
    SupervisionApi supervision;

    @Override
    public String name() {
        return "pruefplan";
    }

    @Override
    public List<String> parameters() {
        return List.of("year", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        supervision.plan(p.get("agencyNumber"), p.year("year")).forEach(l -> rows.add(Arrays.asList(l.areaCode(), l.areaName(), l.riskScore(),
                l.minCasesPerMonth(), l.rationale())));
        return new ExportSheet(Text.of("controlling.SHEET_AUDIT_PLAN", p.get("year")), List.of(ExportColumn.of("column.prueffeld", ColumnType.TEXT), ExportColumn.of("column.bezeichnung", ColumnType.TEXT),
                ExportColumn.of("column.risiko", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.mindestpruefungen-je-monat", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.begruendung", ColumnType.TEXT)), rows);
    }
}
