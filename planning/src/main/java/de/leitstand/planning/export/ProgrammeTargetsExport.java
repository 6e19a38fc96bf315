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

/** Export {@code ziele}: Ziele eines Programms. */
@ApplicationScoped
public class ProgrammeTargetsExport implements ExportTable {

    @Inject
    ProgrammePlanning planning;

    @Override
    public String name() {
        return "ziele";
    }

    @Override
    public List<String> parameters() {
        return List.of("programme");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        ProgrammeView programme = planning.get(p.id("programme"));
        ProgrammeView.Targets t = programme.targets();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(Text.of("planning.WORD_GOAL_2"), Text.of("planning.WORD_INTEGRATIONS"), t.integrations() == null ? null : java.math.BigDecimal.valueOf(t.integrations()), null));
        rows.add(Arrays.asList(Text.of("planning.WORD_GOAL_2"), Text.of("planning.WORD_INTEGRATION_RATE"), t.integrationRate(), null));
        rows.add(Arrays.asList(Text.of("planning.WORD_GOAL_2"), Text.of("planning.WORD_INTEGRATION_RATE_WOMEN"), t.integrationRateWomen(), null));
        rows.add(Arrays.asList(Text.of("planning.WORD_GOAL_2"), Text.of("planning.WORD_INTEGRATION_RATE_MEN"), t.integrationRateMen(), null));
        rows.add(Arrays.asList(Text.of("planning.WORD_GOAL_3"), Text.of("planning.WORD_LZB_CHANGE"), t.lzbChangePercent(), t.lzbBasisLabel()));
        programme.goals().forEach(g -> rows.add(Arrays.asList(g.kindLabel(), g.title(), g.targetNumber(), g.targetLabel())));
        return new ExportSheet(Text.of("planning.SHEET_PROGRAMME_TARGETS", programme.summary().year()), List.of(ExportColumn.of("column.art", ColumnType.TEXT), ExportColumn.of("column.ziel", ColumnType.TEXT),
                ExportColumn.of("column.zielwert", ColumnType.DECIMAL_2), ExportColumn.of("column.erlaeuterung", ColumnType.TEXT)), rows);
    }
}
