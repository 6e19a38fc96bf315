package de.leitstand.reporting.application;

import de.leitstand.kernel.api.ApplicationStarted;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.export.ExportColumn;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import de.leitstand.reporting.api.ExportApi;
import de.leitstand.reporting.api.ReportingViews;
import de.leitstand.reporting.document.TableExport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * Renders the tables the contexts contribute ({@link ExportTable} beans) as CSV or XLSX. It knows no
 * table itself: a new table is a new bean in the owning context. Names must be unique over all contexts
 * (the start-up fails otherwise).
 */
@ApplicationScoped
public class ExportService implements ExportApi {

    @Inject
    Instance<ExportTable> contributed;

    private Map<String, ExportTable> tables;

    @PostConstruct
    void collect() {
        tables = ExportCatalog.of(contributed);
    }

    /** Collects the tables at start, so a duplicate name stops the start-up, not the first download. */
    void checkAtStart(@Observes ApplicationStarted started) {
        tables.size();
    }

    @Override
    public List<TableInfo> tables(Locale language) {
        List<TableInfo> infos = new ArrayList<>();
        tables.values().forEach(t -> infos.add(new TableInfo(t.name(), texts(t, language).getString(t.name() + ".title"), t.parameters())));
        return infos;
    }

    @Override
    public ReportingViews.DocumentContent export(String table, Map<String, String> parameters, String format, Locale language) {
        TableExport.Format parsed = switch (format == null || format.isBlank() ? "excel" : format.trim().toLowerCase(Locale.ROOT)) {
            case "excel" -> TableExport.Format.CSV_EXCEL;
            case "csv" -> TableExport.Format.CSV_RFC4180;
            case "xlsx" -> TableExport.Format.XLSX;
            default -> throw new ValidationException("FORMAT_INVALID", "format", Text.of("reporting.FORMAT_INVALID"));
        };
        String name = table == null ? "" : table.trim();
        ExportTable source = tables.get(name);
        if (source == null) {
            throw new NotFoundException("TABLE_NOT_FOUND", Text.of("reporting.TABLE_NOT_FOUND", name, String.join(", ", tables.keySet())));
        }
        ExportSheet sheet = source.sheet(new ExportParameters(parameters));
        ResourceBundle texts = texts(source, language);
        List<TableExport.Column> columns = sheet.columns().stream()
                .map(c -> new TableExport.Column(header(c, texts), c.type())).toList();
        String fileName = (name + "-" + String.join("-", parameters.values())).replaceAll("[^0-9A-Za-z_-]", "_") + "." + parsed.extension();
        return new ReportingViews.DocumentContent(fileName, parsed.mediaType(),
                TableExport.write(new TableExport.Table(sheet.title().in(language), columns, said(sheet.rows(), language)), parsed));
    }

    /** @return the rows with every {@link Text} (a reason, a status, a data word) said in the language */
    static List<List<Object>> said(List<List<Object>> rows, Locale language) {
        return rows.stream().map(row -> row.stream().map(value -> said(value, language)).toList()).toList();
    }

    private static Object said(Object value, Locale language) {
        return value instanceof Text text ? text.in(language) : value;
    }

    private static String header(ExportColumn column, ResourceBundle texts) {
        return column.literal() != null ? column.literal() : texts.getString(column.key());
    }

    /** German is the bundle without suffix; the server's default locale never takes part. */
    static ResourceBundle texts(ExportTable table, Locale language) {
        return ResourceBundle.getBundle(table.texts(), language, ExportService.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The contributed tables by name. */
    static final class ExportCatalog {

        private ExportCatalog() {
        }

        static Map<String, ExportTable> of(Iterable<ExportTable> contributed) {
            Map<String, ExportTable> byName = new TreeMap<>();
            List<String> duplicates = new ArrayList<>();
            for (ExportTable table : contributed) {
                ExportTable before = byName.put(table.name(), table);
                if (before != null) {
                    duplicates.add(table.name());
                }
            }
            if (!duplicates.isEmpty()) {
                throw new IllegalStateException("Export tables with the same name: " + duplicates);
            }
            return byName;
        }
    }
}
