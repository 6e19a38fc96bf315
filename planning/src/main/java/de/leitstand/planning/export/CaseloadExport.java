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

/** Export {@code betreuungsschluessel}: Betreuungsschlüssel eines Programms. */
@ApplicationScoped
public class CaseloadExport implements ExportTable {

    @Inject
    ProgrammePlanning planning;

    @Override
    public String name() {
        return "betreuungsschluessel";
    }

    @Override
    public List<String> parameters() {
        return List.of("programme");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        ProgrammeView programme = planning.get(p.id("programme"));
        List<List<Object>> rows = new ArrayList<>();
        if (programme.staff() != null) {
            programme.staff().caseload().forEach(c -> rows.add(Arrays.asList(c.groupLabel(), c.customers(), c.staff(), c.customersPerStaff(),
                    c.reference(), c.exceedsReference() ? Text.of("planning.WORD_ABOVE_REFERENCE") : null)));
        }
        return new ExportSheet(Text.of("planning.SHEET_CASELOAD"), List.of(ExportColumn.of("column.personenkreis", ColumnType.TEXT), ExportColumn.of("column.kunden", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.personal-mak", ColumnType.DECIMAL_2), ExportColumn.of("column.kunden-je-mak", ColumnType.DECIMAL_1), ExportColumn.of("column.richtwert", ColumnType.WHOLE_NUMBER),
                ExportColumn.of("column.hinweis", ColumnType.TEXT)), rows);
    }
}
