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

/** Export {@code paktereignisse}: Ereignisse eines Beschäftigungspakts. */
@ApplicationScoped
public class PactEventsExport implements ExportTable {

    @Inject
    ProgrammeManagement programmes;

    @Override
    public String name() {
        return "paktereignisse";
    }

    @Override
    public List<String> parameters() {
        return List.of("pact");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        var pact = programmes.pact(p.id("pact"));
        List<List<Object>> rows = new ArrayList<>();
        pact.events().forEach(e -> rows.add(Arrays.asList(e.date(), e.typeLabel(), e.description(), e.jobcenterName())));
        return new ExportSheet(Text.of("programmes.SHEET_PACT_EVENTS"), List.of(ExportColumn.of("column.datum", ColumnType.DATE), ExportColumn.of("column.art", ColumnType.TEXT),
                ExportColumn.of("column.beschreibung", ColumnType.TEXT), ExportColumn.of("column.jobcenter", ColumnType.TEXT)), rows);
    }
}
