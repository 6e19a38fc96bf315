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

/** Export {@code umschichtungen}: Umschichtungen eines Programms. */
@ApplicationScoped
public class BudgetTransfersExport implements ExportTable {

    @Inject
    ProgrammePlanning planning;

    @Override
    public String name() {
        return "umschichtungen";
    }

    @Override
    public List<String> parameters() {
        return List.of("programme");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        ProgrammeView programme = BudgetOfProgramme.read(planning, p);
        List<List<Object>> rows = new ArrayList<>();
        programme.budget().transfers().forEach(t -> rows.add(Arrays.asList(t.date(), t.amount(), t.note())));
        return new ExportSheet(Text.of("planning.SHEET_BUDGET_TRANSFERS"), List.of(ExportColumn.of("column.datum", ColumnType.DATE), ExportColumn.of("column.betrag-egl-vk-eur", ColumnType.MONEY),
                ExportColumn.of("column.bemerkung", ColumnType.TEXT)), rows);
    }
}
