package de.leitstand.planning.export;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.export.ColumnType;
import de.leitstand.kernel.api.export.ExportColumn;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import de.leitstand.planning.api.ProgrammePlanning;
import de.leitstand.planning.api.ProgrammeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code aggregate}: Zusammenfassungen der Planzeilen. */
@ApplicationScoped
public class BudgetAggregatesExport implements ExportTable {

    @Inject
    ProgrammePlanning planning;

    @Override
    public String name() {
        return "aggregate";
    }

    @Override
    public List<String> parameters() {
        return List.of("programme");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        ProgrammeView programme = BudgetOfProgramme.read(planning, p);
        List<List<Object>> rows = new ArrayList<>();
        programme.budget().aggregates().forEach(a -> rows.add(Arrays.asList(a.name(), a.amount(), a.sharePercent())));
        return new ExportSheet(Text.of("planning.SHEET_BUDGET_AGGREGATES"), List.of(ExportColumn.of("column.zusammenfassung", ColumnType.TEXT), ExportColumn.of("column.betrag-eur", ColumnType.MONEY),
                ExportColumn.of("column.anteil-percent", ColumnType.PERCENT_1)), rows);
    }
}
