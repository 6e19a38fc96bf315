package de.leitstand.controlling.export;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.export.ColumnType;
import de.leitstand.kernel.api.export.ExportColumn;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code zielpfad}: Integrationen seit Januar gegen den Zielpfad. */
@ApplicationScoped
public class TargetPathExport implements ExportTable {

    @Inject
    ControllingApi controlling;

    @Override
    public String name() {
        return "zielpfad";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        YearMonth last = p.month("month");
        List<List<Object>> rows = new ArrayList<>();
        controlling.trackingPath(p.get("agencyNumber"), last).forEach(t -> rows.add(Arrays.asList(t.month().toString(),
                t.integrationsSoFar(), t.plannedToDate(), t.yearToDateRate())));
        return new ExportSheet(Text.of("controlling.SHEET_TARGET_PATH", last.getYear()), List.of(ExportColumn.of("column.monat", ColumnType.MONTH), ExportColumn.of("column.integrationen-seit-januar", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.soll-laut-zielpfad", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.jahresfortschrittswert-percent", ColumnType.PERCENT_1)), rows);
    }
}
