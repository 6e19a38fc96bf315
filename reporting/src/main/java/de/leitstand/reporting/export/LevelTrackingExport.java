package de.leitstand.reporting.export;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.export.ColumnType;
import de.leitstand.kernel.api.export.ExportColumn;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import de.leitstand.reporting.api.LevelTrackingApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code zielnachhaltung-ebene}: the target tracking of every Jobcenter of a supervising level in one month. */
@ApplicationScoped
public class LevelTrackingExport implements ExportTable {

    @Inject
    LevelTrackingApi tracking;

    @Override
    public String name() {
        return "zielnachhaltung-ebene";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "level");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        var t = tracking.levelTracking(p.get("level"), p.month("month"));
        List<List<Object>> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(Arrays.asList(r.agencyNumber(), r.jobcenterName(), r.agreementStatusLabel(), r.agreedRate(),
                r.plannedIntegrations(), r.integrationsSoFar(), r.plannedToDate(), r.attainmentPercent(), r.yearToDateRate(),
                r.forecastIntegrations(), r.forecastAttainmentPercent(), r.trafficLight(), r.lzbChangeTarget(), r.lzbChangeSoFar(),
                r.lzbTrafficLight(), r.reason())));
        return new ExportSheet(Text.of("reporting.SHEET_LEVEL_TRACKING", t.month()), List.of(ExportColumn.of("column.traeger-nr", ColumnType.TEXT),
                ExportColumn.of("column.jobcenter", ColumnType.TEXT), ExportColumn.of("column.zielvereinbarung", ColumnType.TEXT),
                ExportColumn.of("column.vereinbarte-iq", ColumnType.PERCENT_1), ExportColumn.of("column.integrationen-ziel", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.integrationen-seit-januar", ColumnType.DECIMAL_1), ExportColumn.of("column.soll-zielpfad", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.zielerreichung", ColumnType.PERCENT_1), ExportColumn.of("column.jahresfortschrittswert", ColumnType.PERCENT_1),
                ExportColumn.of("column.prognose-integrationen", ColumnType.DECIMAL_1), ExportColumn.of("column.prognose-zielerreichung", ColumnType.PERCENT_1),
                ExportColumn.of("column.ampel", ColumnType.TEXT), ExportColumn.of("column.ziel-lzb", ColumnType.PERCENT_1),
                ExportColumn.of("column.lzb-bisher", ColumnType.PERCENT_1), ExportColumn.of("column.ampel-lzb", ColumnType.TEXT),
                ExportColumn.of("column.hinweis", ColumnType.TEXT)), rows);
    }
}
