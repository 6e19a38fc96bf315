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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code zielnachhaltung}: Ziele mit Kennzahl im Monat. */
@ApplicationScoped
public class GoalTrackingExport implements ExportTable {

    @Inject
    ControllingApi controlling;

    @Override
    public String name() {
        return "zielnachhaltung";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        controlling.tracking(p.get("agencyNumber"), p.month("month")).goals().forEach(g -> rows.add(Arrays.asList(g.title(), g.kpiCode(),
                g.target(), g.value(), g.met() == null ? g.reason() : g.met() ? Text.of("controlling.WORD_MET") : Text.of("controlling.WORD_NOT_MET"))));
        return new ExportSheet(Text.of("controlling.SHEET_GOAL_TRACKING", p.get("month")), List.of(ExportColumn.of("column.ziel", ColumnType.TEXT), ExportColumn.of("column.kennzahl", ColumnType.TEXT),
                ExportColumn.of("column.zielwert", ColumnType.TEXT), ExportColumn.of("column.wert-percent", ColumnType.PERCENT_1), ExportColumn.of("column.stand", ColumnType.TEXT)), rows);
    }
}
