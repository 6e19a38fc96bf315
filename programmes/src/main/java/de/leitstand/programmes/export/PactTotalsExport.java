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

/** Export {@code pakt-summen}: Summen je Mitglied eines Beschäftigungspakts. */
@ApplicationScoped
public class PactTotalsExport implements ExportTable {

    @Inject
    ProgrammeManagement programmes;

    @Override
    public String name() {
        return "pakt-summen";
    }

    @Override
    public List<String> parameters() {
        return List.of("pact");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        var pact = programmes.pact(p.id("pact"));
        List<List<Object>> rows = new ArrayList<>();
        pact.totals().forEach(t -> rows.add(Arrays.asList(t.agencyNumber(), t.name(), t.firstYear(), t.lastYear(), t.totals().budgetGranted(),
                t.totals().budgetSpent(), t.totals().activations(), t.totals().integrations(), t.totals().costPerIntegration())));
        return new ExportSheet(Text.of("programmes.SHEET_PACT_TOTALS"), List.of(ExportColumn.of("column.traeger-nr", ColumnType.TEXT), ExportColumn.of("column.jobcenter", ColumnType.TEXT),
                ExportColumn.of("column.von", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.bis", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.budget-bewilligt-eur", ColumnType.MONEY),
                ExportColumn.of("column.budget-verausgabt-eur", ColumnType.MONEY), ExportColumn.of("column.aktivierungen", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.integrationen", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.kosten-je-integration-eur", ColumnType.MONEY)), rows);
    }
}
