package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.AgencyNumber;

import java.util.List;

/** Structure figures with their vintages. */
public interface StructureRepository {

    /** The latest vintage of every value of a figure in the periods, one per category and age group. */
    List<StructureValue> latest(AgencyNumber agency, StructureFigure figure, List<String> periods);

    /** The periods (JJJJ or JJJJ-MM) with stored values of a figure, newest first: what a picker offers. */
    List<String> periods(AgencyNumber agency, StructureFigure figure);

    /** Every stored value (all vintages) of a Jobcenter and period, for drill-down. */
    List<StructureValue> values(AgencyNumber agency, String period);

    /** Adds the rows; a row whose key (including the vintage) exists replaces its value. */
    int store(List<StructureRow> rows, String source);

    void flush();
}
