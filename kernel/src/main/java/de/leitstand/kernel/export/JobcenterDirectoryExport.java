package de.leitstand.kernel.export;

import de.leitstand.kernel.api.JobcenterDirectory;
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

/** Export {@code jobcenter}: Verzeichnis der Jobcenter. */
@ApplicationScoped
public class JobcenterDirectoryExport implements ExportTable {

    @Inject
    JobcenterDirectory jobcenters;

    @Override
    public String name() {
        return "jobcenter";
    }

    @Override
    public List<String> parameters() {
        return List.of("q", "type");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        jobcenters.search(p.get("q"), p.get("type"), new de.leitstand.kernel.api.PageRequest(0, de.leitstand.kernel.api.PageRequest.MAX_SIZE))
                .items().forEach(j -> rows.add(Arrays.asList(j.agencyNumber(), j.name(), j.type(), j.city(), j.email(), j.website())));
        return new ExportSheet(Text.of("kernel.SHEET_JOBCENTER_DIRECTORY"), List.of(ExportColumn.of("column.traeger-nr", ColumnType.TEXT), ExportColumn.of("column.name", ColumnType.TEXT),
                ExportColumn.of("column.form", ColumnType.TEXT), ExportColumn.of("column.ort", ColumnType.TEXT), ExportColumn.of("column.e-mail", ColumnType.TEXT), ExportColumn.of("column.website", ColumnType.TEXT)), rows);
    }
}
