package de.leitstand.kernel.export;

import de.leitstand.kernel.api.AuditTrail;
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

/** Export {@code aenderungsprotokoll}: Änderungsprotokoll. */
@ApplicationScoped
public class AuditTrailExport implements ExportTable {

    @Inject
    AuditTrail audit;

    @Override
    public String name() {
        return "aenderungsprotokoll";
    }

    @Override
    public List<String> parameters() {
        return List.of("agencyNumber", "user", "entityType", "from", "to");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        audit.search(new de.leitstand.kernel.api.AuditQuery(p.get("agencyNumber"), p.get("user"), p.get("entityType"), null, null,
                        p.date("from"), p.date("to")), new de.leitstand.kernel.api.PageRequest(0, de.leitstand.kernel.api.PageRequest.MAX_SIZE))
                .items().forEach(e -> rows.add(Arrays.asList(e.occurredAt().atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate(), e.username(),
                        e.agencyNumber(), e.entityLabel(), e.subject() == null ? e.entityId() : e.subject(), e.action(), e.changes().stream()
                                .map(c -> c.label() + ": " + (c.oldValue() == null ? "–" : c.oldValue()) + " → "
                                        + (c.newValue() == null ? "–" : c.newValue())).collect(java.util.stream.Collectors.joining("; ")))));
        return new ExportSheet(Text.of("kernel.SHEET_AUDIT_TRAIL"), List.of(ExportColumn.of("column.datum", ColumnType.DATE), ExportColumn.of("column.benutzer", ColumnType.TEXT),
                ExportColumn.of("column.traeger-nr", ColumnType.TEXT), ExportColumn.of("column.datensatz", ColumnType.TEXT), ExportColumn.of("column.kennung", ColumnType.TEXT),
                ExportColumn.of("column.aktion", ColumnType.TEXT), ExportColumn.of("column.aenderungen", ColumnType.TEXT)), rows);
    }
}
