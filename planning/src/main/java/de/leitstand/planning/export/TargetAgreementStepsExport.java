package de.leitstand.planning.export;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.export.ColumnType;
import de.leitstand.kernel.api.export.ExportColumn;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import de.leitstand.planning.api.TargetAgreements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code zielvereinbarung-verlauf}: every step of a Jobcenter's planning round (who, when, values, reason). */
@ApplicationScoped
public class TargetAgreementStepsExport implements ExportTable {

    private static final DateTimeFormatter GERMAN_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    TargetAgreements agreements;

    @Override
    public String name() {
        return "zielvereinbarung-verlauf";
    }

    @Override
    public List<String> parameters() {
        return List.of("year", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        int year = p.year("year");
        List<List<Object>> rows = new ArrayList<>();
        agreements.list(p.get("agencyNumber"), year).forEach(a -> a.steps().forEach(s -> rows.add(Arrays.asList(
                a.agencyNumber(), a.jobcenterName(), s.kindLabel(), s.actor(),
                s.occurredAt() == null ? null : GERMAN_TIME.format(s.occurredAt().atZone(ZoneId.of("Europe/Berlin"))),
                s.figures() == null ? null : s.figures().integrations(), s.figures() == null ? null : s.figures().integrationRate(),
                s.figures() == null ? null : s.figures().integrationRateWomen(), s.figures() == null ? null : s.figures().integrationRateMen(),
                s.figures() == null ? null : s.figures().lzbChangePercent(), s.reason()))));
        return new ExportSheet(Text.of("planning.SHEET_TARGET_AGREEMENT_STEPS", year), List.of(ExportColumn.of("column.traeger-nr", ColumnType.TEXT),
                ExportColumn.of("column.jobcenter", ColumnType.TEXT), ExportColumn.of("column.schritt", ColumnType.TEXT),
                ExportColumn.of("column.benutzer", ColumnType.TEXT), ExportColumn.of("column.zeitpunkt", ColumnType.TEXT),
                ExportColumn.of("column.integrationen", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.integrationsquote", ColumnType.PERCENT_1),
                ExportColumn.of("column.iq-frauen", ColumnType.PERCENT_1), ExportColumn.of("column.iq-maenner", ColumnType.PERCENT_1),
                ExportColumn.of("column.veraenderung-lzb", ColumnType.PERCENT_1), ExportColumn.of("column.begruendung", ColumnType.TEXT)), rows);
    }
}
