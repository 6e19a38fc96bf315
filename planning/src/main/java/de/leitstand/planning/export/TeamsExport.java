package de.leitstand.planning.export;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.export.ColumnType;
import de.leitstand.kernel.api.export.ExportColumn;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import de.leitstand.planning.api.TeamPlanning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code teams}: Teams. */
@ApplicationScoped
public class TeamsExport implements ExportTable {

    @Inject
    TeamPlanning teams;

    @Override
    public String name() {
        return "teams";
    }

    @Override
    public List<String> parameters() {
        return List.of("agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        teams.teams(p.get("agencyNumber")).forEach(t -> rows.add(Arrays.asList(t.name(), t.active() ? "aktiv" : "inaktiv")));
        return new ExportSheet(Text.of("planning.SHEET_TEAMS"), List.of(ExportColumn.of("column.team", ColumnType.TEXT), ExportColumn.of("column.status", ColumnType.TEXT)), rows);
    }
}
