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

/** Export {@code paktmitglieder}: Mitglieder eines Beschäftigungspakts. */
@ApplicationScoped
public class PactMembersExport implements ExportTable {

    @Inject
    ProgrammeManagement programmes;

    @Override
    public String name() {
        return "paktmitglieder";
    }

    @Override
    public List<String> parameters() {
        return List.of("pact");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        var pact = programmes.pact(p.id("pact"));
        List<List<Object>> rows = new ArrayList<>();
        pact.members().forEach(m -> rows.add(Arrays.asList(m.agencyNumber(), m.name(), m.joinedOn(), m.leftOn(), m.lead() ? Text.of("programmes.WORD_LEAD") : null)));
        return new ExportSheet(Text.of("programmes.SHEET_PACT_MEMBERS"), List.of(ExportColumn.of("column.traeger-nr", ColumnType.TEXT), ExportColumn.of("column.jobcenter", ColumnType.TEXT),
                ExportColumn.of("column.beitritt", ColumnType.DATE), ExportColumn.of("column.austritt", ColumnType.DATE), ExportColumn.of("column.rolle", ColumnType.TEXT)), rows);
    }
}
