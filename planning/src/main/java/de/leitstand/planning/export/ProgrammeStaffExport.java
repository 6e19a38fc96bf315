package de.leitstand.planning.export;

import de.leitstand.kernel.api.NotFoundException;
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

/** Export {@code personal}: Personal eines Programms. */
@ApplicationScoped
public class ProgrammeStaffExport implements ExportTable {

    @Inject
    ProgrammePlanning planning;

    @Override
    public String name() {
        return "personal";
    }

    @Override
    public List<String> parameters() {
        return List.of("programme");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        ProgrammeView programme = planning.get(p.id("programme"));
        if (programme.staff() == null) {
            throw new NotFoundException("STAFF_NOT_FOUND", Text.of("planning.STAFF_NOT_FOUND"));
        }
        List<List<Object>> rows = new ArrayList<>();
        programme.staff().lines().forEach(l -> rows.add(Arrays.asList(l.employerLabel(), l.functionLabel(), l.capacity())));
        return new ExportSheet(Text.of("planning.SHEET_PROGRAMME_STAFF", programme.summary().year()), List.of(ExportColumn.of("column.traeger", ColumnType.TEXT),
                ExportColumn.of("column.funktion", ColumnType.TEXT), ExportColumn.of("column.kapazitaet-mak", ColumnType.DECIMAL_2)), rows);
    }
}
