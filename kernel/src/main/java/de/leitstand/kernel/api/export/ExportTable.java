package de.leitstand.kernel.api.export;

import java.util.List;

/**
 * One exportable table, contributed by the context that owns the data as an {@code @ApplicationScoped}
 * bean. It reads through its context's {@code api} services, so the same roles and tenancy apply as on
 * the page; reporting finds it with CDI and renders it as CSV or XLSX.
 *
 * <p>Texts: the title is the key {@code <name>.title} and column headers are keys (see
 * {@link ExportColumn#of}) in the bundle {@link #texts()}, by default {@code ExportTexts} in the table's
 * package: {@code ExportTexts.properties} (German) and {@code ExportTexts_en.properties}.
 */
public interface ExportTable {

    /** The table's name in {@code GET /api/reporting/exports/{name}}; unique over all contexts, never renamed. */
    String name();

    /** The query parameters the table reads, e.g. {@code month}, {@code agencyNumber}. */
    List<String> parameters();

    /**
     * @param parameters the caller's parameters, parsed strictly (400 naming the parameter)
     * @return the rows as the caller may see them
     */
    ExportSheet sheet(ExportParameters parameters);

    /** The bundle base name holding {@code <name>.title} and the column header keys. */
    default String texts() {
        return getClass().getPackageName() + ".ExportTexts";
    }
}
