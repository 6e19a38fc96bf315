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

/** Export {@code budget}: Budget eines Programms. */
@ApplicationScoped
public class BudgetExport implements ExportTable {

    @Inject
    ProgrammePlanning planning;

    @Override
    public String name() {
        return "budget";
    }

    @Override
    public List<String> parameters() {
        return List.of("programme");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        ProgrammeView programme = BudgetOfProgramme.read(planning, p);
        List<List<Object>> rows = new ArrayList<>();
        programme.budget().rows().forEach(r -> rows.add(Arrays.asList(r.title(), r.previous(), r.current(), r.difference(), r.differencePercent())));
        return new ExportSheet(Text.of("planning.SHEET_BUDGET", programme.summary().year()), List.of(ExportColumn.of("column.titel", ColumnType.TEXT),
                ExportColumn.literal(programme.budget().previousLabel(), ColumnType.MONEY), ExportColumn.literal(programme.budget().currentLabel(), ColumnType.MONEY),
                ExportColumn.of("column.delta-absolut", ColumnType.MONEY), ExportColumn.of("column.delta-percent", ColumnType.PERCENT_1)), rows);
    }
}
