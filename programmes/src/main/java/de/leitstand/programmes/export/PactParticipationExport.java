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

/** Export {@code teilnahme}: Teilnahme je Mitglied und Jahr eines Beschäftigungspakts. */
@ApplicationScoped
public class PactParticipationExport implements ExportTable {

    @Inject
    ProgrammeManagement programmes;

    @Override
    public String name() {
        return "teilnahme";
    }

    @Override
    public List<String> parameters() {
        return List.of("pact");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        long pactId = p.id("pact");
        var pact = programmes.pact(pactId);
        List<List<Object>> rows = new ArrayList<>();
        pact.participation().forEach(r -> rows.add(Arrays.asList(r.agencyNumber(), r.jobcenterName(), r.year(), r.budgetGranted(), r.budgetSpent(),
                r.activationsPlanned(), r.activationsActual(), r.integrationsPlanned(), r.integrationsActual())));
        return new ExportSheet(Text.of("programmes.SHEET_PACT_PARTICIPATION", pact.name()), List.of(ExportColumn.of("column.traeger-nr", ColumnType.TEXT), ExportColumn.of("column.jobcenter", ColumnType.TEXT),
                ExportColumn.of("column.jahr", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.budget-bewilligt-eur", ColumnType.MONEY), ExportColumn.of("column.budget-verausgabt-eur", ColumnType.MONEY),
                ExportColumn.of("column.aktivierungen-plan", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.aktivierungen-ist", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.integrationen-plan", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.integrationen-ist", ColumnType.WHOLE_NUMBER)), rows);
    }
}
