package de.leitstand.controlling.export;

import de.leitstand.controlling.api.SupervisionApi;
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

/** Export {@code fehlerquoten}: Fehlerquoten der Fachaufsicht. */
@ApplicationScoped
public class ErrorRatesExport implements ExportTable {

    @Inject
    SupervisionApi supervision;

    @Override
    public String name() {
        return "fehlerquoten";
    }

    @Override
    public List<String> parameters() {
        return List.of("month", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        supervision.overview(p.get("agencyNumber"), p.month("month")).areas().forEach(a -> rows.add(Arrays.asList(a.code(), a.name(),
                a.riskScore(), a.auditedInMonth(), a.faultyInMonth(), a.rateInMonth(), a.annualAverage(), a.threshold(),
                a.auditedSoFar(), a.plannedSoFar(), a.densityPercent(), a.financialImpactSoFar())));
        return new ExportSheet(Text.of("controlling.SHEET_ERROR_RATES", p.get("month")), List.of(ExportColumn.of("column.prueffeld", ColumnType.TEXT), ExportColumn.of("column.bezeichnung", ColumnType.TEXT),
                ExportColumn.of("column.risiko", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.geprueft-im-monat", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.fehlerhaft-im-monat", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.fehlerquote-monat-percent", ColumnType.PERCENT_1), ExportColumn.of("column.fehlerquote-jahresdurchschnitt-percent", ColumnType.PERCENT_1),
                ExportColumn.of("column.schwellenwert-percent", ColumnType.PERCENT_2), ExportColumn.of("column.geprueft-seit-januar", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.geplant-seit-januar", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.pruefdichte-percent", ColumnType.PERCENT_1),
                ExportColumn.of("column.finanzielle-auswirkung-eur", ColumnType.MONEY)), rows);
    }
}
