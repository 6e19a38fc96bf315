package de.leitstand.programmes.export;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.export.ColumnType;
import de.leitstand.kernel.api.export.ExportColumn;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import de.leitstand.programmes.api.ProgrammeManagement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code abschluss}: Abschluss einer Paktteilnahme je Jahr. */
@ApplicationScoped
public class PactClosureExport implements ExportTable {

    @Inject
    ProgrammeManagement programmes;

    @Override
    public String name() {
        return "abschluss";
    }

    @Override
    public List<String> parameters() {
        return List.of("pact", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        var summary = programmes.closureSummary(p.id("pact"), p.get("agencyNumber"));
        List<List<Object>> rows = new ArrayList<>();
        summary.perYear().forEach(r -> rows.add(Arrays.asList(r.year(), r.budgetGranted(), r.budgetSpent(), r.activationsActual(),
                r.integrationsActual())));
        return new ExportSheet(Text.of("programmes.SHEET_PACT_CLOSURE", summary.pactName()), List.of(ExportColumn.of("column.jahr", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.budget-bewilligt-eur", ColumnType.MONEY), ExportColumn.of("column.budget-verausgabt-eur", ColumnType.MONEY),
                ExportColumn.of("column.aktivierungen", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.integrationen", ColumnType.WHOLE_NUMBER)), rows);
    }
}
