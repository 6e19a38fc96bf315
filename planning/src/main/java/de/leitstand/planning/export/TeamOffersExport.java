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

/** Export {@code angebote}: Zielwertangebote der Teams. */
@ApplicationScoped
public class TeamOffersExport implements ExportTable {

    @Inject
    TeamPlanning teams;

    @Override
    public String name() {
        return "angebote";
    }

    @Override
    public List<String> parameters() {
        return List.of("year", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        var overview = teams.offers(p.get("agencyNumber"), p.year("year"));
        List<List<Object>> rows = new ArrayList<>();
        overview.offers().forEach(o -> rows.add(Arrays.asList(o.teamName(), o.offeredIntegrations(), o.decisionLabel(), o.agreedIntegrations(),
                o.effectiveIntegrations(), o.note())));
        return new ExportSheet(Text.of("planning.SHEET_TEAM_OFFERS", overview.year()), List.of(ExportColumn.of("column.team", ColumnType.TEXT), ExportColumn.of("column.angebot", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.entscheidung", ColumnType.TEXT), ExportColumn.of("column.vereinbart", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.zaehlt", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.bemerkung", ColumnType.TEXT)), rows);
    }
}
