package de.leitstand.web.controlling;

import de.leitstand.controlling.api.BasisEntryApi;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One series of the entry form with its total, women and men cells. */
public class EntryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String series;
    private final String seriesName;
    private final List<EntryCell> cells = new ArrayList<>();

    EntryRow(String series, String seriesName) {
        this.series = series;
        this.seriesName = seriesName;
    }

    /** @return the sheet's cells as rows, one per series in the sheet's order */
    static List<EntryRow> of(List<BasisEntryApi.Cell> sheet) {
        Map<String, EntryRow> bySeries = new LinkedHashMap<>();
        for (BasisEntryApi.Cell cell : sheet) {
            bySeries.computeIfAbsent(cell.series(), s -> new EntryRow(cell.series(), cell.seriesName())).cells.add(new EntryCell(cell));
        }
        return new ArrayList<>(bySeries.values());
    }

    public String getSeries() { return series; }
    public String getSeriesName() { return seriesName; }
    public List<EntryCell> getCells() { return cells; }
}
