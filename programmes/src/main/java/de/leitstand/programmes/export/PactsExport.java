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

/** Export {@code pakte}: Beschäftigungspakte. */
@ApplicationScoped
public class PactsExport implements ExportTable {

    @Inject
    ProgrammeManagement programmes;

    @Override
    public String name() {
        return "pakte";
    }

    @Override
    public List<String> parameters() {
        return List.of();
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        programmes.pacts().forEach(k -> rows.add(Arrays.asList(k.name(), k.programmeName(), k.phaseNumber(), k.phaseFrom(), k.phaseTo(),
                k.leadName(), k.coordinatorName(), k.memberCount())));
        return new ExportSheet(Text.of("programmes.SHEET_PACTS"), List.of(ExportColumn.of("column.pakt", ColumnType.TEXT), ExportColumn.of("column.programm", ColumnType.TEXT),
                ExportColumn.of("column.phase", ColumnType.WHOLE_NUMBER), ExportColumn.of("column.von", ColumnType.DATE), ExportColumn.of("column.bis", ColumnType.DATE), ExportColumn.of("column.federfuehrend", ColumnType.TEXT),
                ExportColumn.of("column.koordination", ColumnType.TEXT), ExportColumn.of("column.mitglieder", ColumnType.WHOLE_NUMBER)), rows);
    }
}
