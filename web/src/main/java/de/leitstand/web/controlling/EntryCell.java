package de.leitstand.web.controlling;

import de.leitstand.controlling.api.BasisEntryApi;

import java.io.Serializable;
import java.math.BigDecimal;

/** One editable value of the entry form with the state it was shown in. */
public class EntryCell implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BasisEntryApi.Cell cell;
    private BigDecimal value;

    EntryCell(BasisEntryApi.Cell cell) {
        this.cell = cell;
        this.value = cell.value();
    }

    boolean changed() {
        return value != null && (cell.value() == null || value.compareTo(cell.value()) != 0);
    }

    /** @return the change to send: the new value with the vintage and version it was shown in */
    BasisEntryApi.Change change() {
        return new BasisEntryApi.Change(cell.series(), cell.gender(), value, cell.vintage(), cell.version());
    }

    public BasisEntryApi.Cell getCell() { return cell; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal v) { value = v; }
    /** @return an id fragment unique on the page, e.g. {@code ELB-FRAUEN} */
    public String getKey() { return cell.series() + "-" + cell.gender(); }
}
