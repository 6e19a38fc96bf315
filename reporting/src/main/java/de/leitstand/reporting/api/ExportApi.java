package de.leitstand.reporting.api;

import java.util.List;
import java.util.Map;

/**
 * The tables of the UI as files: CSV for German Excel ({@code excel}), CSV per RFC 4180 ({@code csv}) and
 * XLSX ({@code xlsx}). Each table reads through its context's api, so the same roles and tenancy apply.
 */
public interface ExportApi {

    /** A table that can be exported, with the parameters it takes. */
    record TableInfo(String name, String title, List<String> parameters) implements java.io.Serializable {
    }

    List<TableInfo> tables();

    /**
     * @param table      a name from {@link #tables()}
     * @param parameters e.g. {@code month=2020-12}
     * @param format     {@code excel}, {@code csv} or {@code xlsx}
     */
    ReportingViews.DocumentContent export(String table, Map<String, String> parameters, String format);
}
