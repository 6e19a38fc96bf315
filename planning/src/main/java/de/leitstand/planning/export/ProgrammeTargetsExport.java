package de.leitstand.planning.export;

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
        rows.add(Arrays.asList("Ziel 2", "Integrationen", t.integrations() == null ? null : java.math.BigDecimal.valueOf(t.integrations()), null));
        rows.add(Arrays.asList("Ziel 2", "Integrationsquote (%)", t.integrationRate(), null));
        rows.add(Arrays.asList("Ziel 2", "Integrationsquote Frauen (%)", t.integrationRateWomen(), null));
        rows.add(Arrays.asList("Ziel 2", "Integrationsquote Männer (%)", t.integrationRateMen(), null));
        rows.add(Arrays.asList("Ziel 3", "Veränderung des LZB-Bestands (%)", t.lzbChangePercent(), t.lzbBasisLabel()));
        programme.goals().forEach(g -> rows.add(Arrays.asList(g.kindLabel(), g.title(), g.targetNumber(), g.targetLabel())));
        return new ExportSheet("Ziele " + programme.summary().year(), List.of(ExportColumn.of("column.art", ColumnType.TEXT), ExportColumn.of("column.ziel", ColumnType.TEXT),
                ExportColumn.of("column.zielwert", ColumnType.DECIMAL_2), ExportColumn.of("column.erlaeuterung", ColumnType.TEXT)), rows);
    }
}
