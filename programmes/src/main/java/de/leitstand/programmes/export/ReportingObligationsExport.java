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

/** Export {@code berichtspflichten}: Berichtspflichten eines Förderprogramms. */
@ApplicationScoped
public class ReportingObligationsExport implements ExportTable {

    @Inject
    ProgrammeManagement programmes;

    @Override
    public String name() {
        return "berichtspflichten";
    }

    @Override
    public List<String> parameters() {
        return List.of("funding");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        var funding = programmes.programme(p.id("funding"));
        List<List<Object>> rows = new ArrayList<>();
        funding.obligations().forEach(o -> rows.add(Arrays.asList(o.title(), o.dueDate(), o.done() ? Text.of("programmes.WORD_DONE") : o.overdue() ? Text.of("programmes.WORD_OVERDUE") : Text.of("programmes.WORD_OPEN"))));
        return new ExportSheet(Text.of("programmes.SHEET_REPORTING_OBLIGATIONS"), List.of(ExportColumn.of("column.pflicht", ColumnType.TEXT), ExportColumn.of("column.faellig", ColumnType.DATE),
                ExportColumn.of("column.stand", ColumnType.TEXT)), rows);
    }
}
