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

/** Export {@code massnahmen}: Feststellungen und Maßnahmen der Fachaufsicht. */
@ApplicationScoped
public class FindingActionsExport implements ExportTable {

    @Inject
    SupervisionApi supervision;

    @Override
    public String name() {
        return "massnahmen";
    }

    @Override
    public List<String> parameters() {
        return List.of("agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        supervision.findings(p.get("agencyNumber")).forEach(f -> f.actions().forEach(a -> rows.add(Arrays.asList(f.foundOn(), f.areaCode(),
                f.description(), a.description(), a.owner(), a.dueDate(), a.status(), a.overdue() ? Text.of("controlling.WORD_OVERDUE") : null, a.followUpDate(),
                a.followUpResult()))));
        return new ExportSheet(Text.of("controlling.SHEET_FINDING_ACTIONS"), List.of(ExportColumn.of("column.feststellung-vom", ColumnType.DATE), ExportColumn.of("column.prueffeld", ColumnType.TEXT),
                ExportColumn.of("column.feststellung", ColumnType.TEXT), ExportColumn.of("column.massnahme", ColumnType.TEXT), ExportColumn.of("column.verantwortlich", ColumnType.TEXT),
                ExportColumn.of("column.faellig", ColumnType.DATE), ExportColumn.of("column.status", ColumnType.TEXT), ExportColumn.of("column.hinweis", ColumnType.TEXT),
                ExportColumn.of("column.nachpruefung-am", ColumnType.DATE), ExportColumn.of("column.ergebnis-der-nachpruefung", ColumnType.TEXT)), rows);
    }
}
