package de.leitstand.kernel.export;

import de.leitstand.kernel.api.UserAdministration;
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

/** Export {@code benutzer}: Benutzer. */
@ApplicationScoped
public class UsersExport implements ExportTable {

    @Inject
    UserAdministration users;

    @Override
    public String name() {
        return "benutzer";
    }

    @Override
    public List<String> parameters() {
        return List.of("q", "agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        users.search(p.get("q"), p.get("agencyNumber"), new de.leitstand.kernel.api.PageRequest(0, de.leitstand.kernel.api.PageRequest.MAX_SIZE))
                .items().forEach(u -> rows.add(Arrays.asList(u.username(), u.displayName(), u.agencyNumber(), u.jobcenterName(),
                        String.join(", ", u.roles().stream().map(Enum::name).sorted().toList()), u.enabled() ? Text.of("kernel.WORD_ACTIVE") : Text.of("kernel.WORD_LOCKED"))));
        return new ExportSheet(Text.of("kernel.SHEET_USERS"), List.of(ExportColumn.of("column.benutzername", ColumnType.TEXT), ExportColumn.of("column.name", ColumnType.TEXT),
                ExportColumn.of("column.traeger-nr", ColumnType.TEXT), ExportColumn.of("column.jobcenter", ColumnType.TEXT), ExportColumn.of("column.rollen", ColumnType.TEXT), ExportColumn.of("column.status", ColumnType.TEXT)), rows);
    }
}
