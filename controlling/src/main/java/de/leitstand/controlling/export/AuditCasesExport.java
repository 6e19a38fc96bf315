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

/** Export {@code prueffaelle}: Prüffälle eines Monats. */
@ApplicationScoped
public class AuditCasesExport implements ExportTable {

    @Inject
    SupervisionApi supervision;

    @Override
    public String name() {
        return "prueffaelle";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        supervision.cases(p.get("agencyNumber"), p.month("month")).forEach(c -> rows.add(Arrays.asList(c.date(), c.areaCode(), c.team(),
                c.auditor(), c.caseReference(), c.faulty() ? Text.of("controlling.WORD_FAULTY") : Text.of("controlling.WORD_WITHOUT_ERROR"), c.errorType(), c.financialImpact())));
        return new ExportSheet(Text.of("controlling.SHEET_AUDIT_CASES", p.get("month")), List.of(ExportColumn.of("column.datum", ColumnType.DATE), ExportColumn.of("column.prueffeld", ColumnType.TEXT),
                ExportColumn.of("column.team", ColumnType.TEXT), ExportColumn.of("column.pruefer-in", ColumnType.TEXT), ExportColumn.of("column.fallzeichen", ColumnType.TEXT),
                ExportColumn.of("column.ergebnis", ColumnType.TEXT), ExportColumn.of("column.fehlerart", ColumnType.TEXT), ExportColumn.of("column.finanzielle-auswirkung-eur", ColumnType.MONEY)), rows);
    }
}
