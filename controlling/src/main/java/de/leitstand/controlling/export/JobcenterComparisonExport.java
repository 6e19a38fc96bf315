package de.leitstand.controlling.export;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
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

/** Export {@code vergleich}: Vergleich der Jobcenter. */
@ApplicationScoped
public class JobcenterComparisonExport implements ExportTable {

    @Inject
    ControllingApi controlling;

    @Override
    public String name() {
        return "vergleich";
    }

    @Override
    public List<String> parameters() {
        return List.of("code", "month", "gender", "group");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        ControllingViews.Comparison c = controlling.compare(p.required("code"), p.month("month"), p.get("gender"), p.get("group"));
        List<List<Object>> rows = new ArrayList<>();
        c.ranks().forEach(r -> rows.add(Arrays.asList(r.rank(), r.agencyNumber(), r.name(), r.value(), r.own() ? Text.of("controlling.WORD_OWN_JOBCENTER") : null)));
        return new ExportSheet(c.code() + " " + c.month(), List.of(ExportColumn.of("column.rang", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.traeger-nr", ColumnType.TEXT),
                ExportColumn.of("column.jobcenter", ColumnType.TEXT), ExportColumn.literal(c.code() + " (%)", ColumnType.PERCENT_4), ExportColumn.of("column.hinweis", ColumnType.TEXT)), rows);
    }
}
