package de.leitstand.reporting.api;

import de.leitstand.kernel.api.Languages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables of the UI as files: CSV for German Excel ({@code excel}), CSV per RFC 4180 ({@code csv}) and
 * XLSX ({@code xlsx}). The tables are contributed by the contexts
 * ({@link de.leitstand.kernel.api.export.ExportTable}); each reads through its context's api, so the same
 * roles and tenancy apply. Titles and headers are German, or English when asked for.
 */
public interface ExportApi {

    /** A table that can be exported, with the parameters it takes. */
    record TableInfo(String name, String title, List<String> parameters) implements java.io.Serializable {
    }

    /** @return every table, by name, titles in the given language */
    List<TableInfo> tables(Locale language);

    default List<TableInfo> tables() {
        return tables(Languages.GERMAN);
    }

    /**
     * @param table      a name from {@link #tables()}
     * @param parameters e.g. {@code month=2020-12}
     * @param format     {@code excel}, {@code csv} or {@code xlsx}
     * @param language   of the headers ({@link Languages#of})
     */
    ReportingViews.DocumentContent export(String table, Map<String, String> parameters, String format, Locale language);

    default ReportingViews.DocumentContent export(String table, Map<String, String> parameters, String format) {
        return export(table, parameters, format, Languages.GERMAN);
    }
}
