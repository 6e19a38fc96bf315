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

/** Export {@code phasen}: Phasen eines Förderprogramms. */
@ApplicationScoped
public class FundingPhasesExport implements ExportTable {

    @Inject
    ProgrammeManagement programmes;

    @Override
    public String name() {
        return "phasen";
    }

    @Override
    public List<String> parameters() {
        return List.of("funding");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        var funding = programmes.programme(p.id("funding"));
        List<List<Object>> rows = new ArrayList<>();
        funding.phases().forEach(ph -> rows.add(Arrays.asList(ph.number(), ph.from(), ph.to(), ph.budget(), ph.pactsNationwide(), ph.rules())));
        return new ExportSheet(Text.of("programmes.SHEET_FUNDING_PHASES"), List.of(ExportColumn.of("column.phase", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.von", ColumnType.DATE), ExportColumn.of("column.bis", ColumnType.DATE),
                ExportColumn.of("column.budget-eur", ColumnType.MONEY), ExportColumn.of("column.pakte-bundesweit", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.regeln", ColumnType.TEXT)), rows);
    }
}
