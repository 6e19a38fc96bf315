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

/** Export {@code organisationen}: Organisationen. */
@ApplicationScoped
public class OrganisationsExport implements ExportTable {

    @Inject
    ProgrammeManagement programmes;

    @Override
    public String name() {
        return "organisationen";
    }

    @Override
    public List<String> parameters() {
        return List.of();
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        programmes.organisations().forEach(o -> rows.add(Arrays.asList(o.name(), o.typeLabel(), o.address(), o.contact())));
        return new ExportSheet(Text.of("programmes.SHEET_ORGANISATIONS"), List.of(ExportColumn.of("column.name", ColumnType.TEXT), ExportColumn.of("column.art", ColumnType.TEXT),
                ExportColumn.of("column.anschrift", ColumnType.TEXT), ExportColumn.of("column.kontakt", ColumnType.TEXT)), rows);
    }
}
