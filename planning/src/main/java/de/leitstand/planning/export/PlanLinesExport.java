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

/** Export {@code planzeilen}: Verteilung des Eingliederungsbudgets. */
@ApplicationScoped
public class PlanLinesExport implements ExportTable {

    @Inject
    ProgrammePlanning planning;

    @Override
    public String name() {
        return "planzeilen";
    }

    @Override
    public List<String> parameters() {
        return List.of("programme");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        ProgrammeView programme = BudgetOfProgramme.read(planning, p);
        List<List<Object>> rows = new ArrayList<>();
        programme.budget().planLines().forEach(l -> rows.add(Arrays.asList(l.categoryLabel(), l.legalBasis(), l.amount(), l.sharePercent(),
                l.plannedEntries(), l.averageCostPerEntry(), l.demoValue() ? Text.of("planning.WORD_DEMO_VALUE") : null)));
        return new ExportSheet(Text.of("planning.SHEET_PLAN_LINES", programme.summary().year()), List.of(ExportColumn.of("column.instrument", ColumnType.TEXT),
                ExportColumn.of("column.rechtsgrundlage", ColumnType.TEXT), ExportColumn.of("column.betrag-eur", ColumnType.MONEY), ExportColumn.of("column.anteil-percent", ColumnType.PERCENT_1),
                ExportColumn.of("column.eintritte", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.kosten-je-eintritt-eur", ColumnType.MONEY), ExportColumn.of("column.hinweis", ColumnType.TEXT)), rows);
    }
}
