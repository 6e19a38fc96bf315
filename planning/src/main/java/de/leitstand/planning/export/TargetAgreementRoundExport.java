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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code zielvereinbarungen}: the planning round of a supervising level, one row per Jobcenter and the level's total. */
@ApplicationScoped
public class TargetAgreementRoundExport implements ExportTable {

    @Inject
    TargetAgreements agreements;

    @Override
    public String name() {
        return "zielvereinbarungen";
    }

    @Override
    public List<String> parameters() {
        return List.of("year", "level");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        var o = agreements.overview(p.get("level"), p.year("year"));
        List<List<Object>> rows = new ArrayList<>();
        o.rows().forEach(r -> rows.add(Arrays.asList(r.agencyNumber(), r.jobcenterName(), r.statusLabel(), r.deadline(),
                r.referenceRateLow(), r.referenceRateHigh(), r.offer() == null ? null : r.offer().integrations(),
                r.offer() == null ? null : r.offer().averageElb(), r.offer() == null ? null : r.offer().integrationRate(),
                r.offer() == null ? null : r.offer().integrationRateWomen(), r.offer() == null ? null : r.offer().integrationRateMen(),
                r.rateAgainstReference(), r.referenceLzbLow(), r.referenceLzbHigh(),
                r.offer() == null ? null : r.offer().lzbChangePercent(), r.offerRound())));
        rows.add(Arrays.asList(null, Text.of("planning.WORD_TOTAL_OF", o.levelName()), null, o.nextDeadline(), null, null, o.integrations(), o.averageElb(),
                o.integrationRate(), null, null, null, null, null, null, null));
        return new ExportSheet(Text.of("planning.SHEET_TARGET_AGREEMENT_ROUND", o.year()), List.of(ExportColumn.of("column.traeger-nr", ColumnType.TEXT),
                ExportColumn.of("column.jobcenter", ColumnType.TEXT), ExportColumn.of("column.stand", ColumnType.TEXT),
                ExportColumn.of("column.frist", ColumnType.DATE), ExportColumn.of("column.referenz-iq-von", ColumnType.PERCENT_1),
                ExportColumn.of("column.referenz-iq-bis", ColumnType.PERCENT_1), ExportColumn.of("column.integrationen", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.elb-durchschnitt", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.integrationsquote", ColumnType.PERCENT_1),
                ExportColumn.of("column.iq-frauen", ColumnType.PERCENT_1), ExportColumn.of("column.iq-maenner", ColumnType.PERCENT_1),
                ExportColumn.of("column.iq-gegen-referenz", ColumnType.TEXT), ExportColumn.of("column.referenz-lzb-von", ColumnType.PERCENT_1),
                ExportColumn.of("column.referenz-lzb-bis", ColumnType.PERCENT_1), ExportColumn.of("column.veraenderung-lzb", ColumnType.PERCENT_1),
                ExportColumn.of("column.angebotsrunde", ColumnType.WHOLE_NUMBER)), rows);
    }
}
