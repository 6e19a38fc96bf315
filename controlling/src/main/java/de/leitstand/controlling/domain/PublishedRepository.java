package de.leitstand.controlling.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The store of the Kennzahlen as the BA published them. */
public interface PublishedRepository {

    /**
     * Adds the rows; a row whose key (Jobcenter, month, gender, code, vintage) exists revises it.
     *
     * @return how many rows were new
     */
    int store(List<PublishedRow> rows);

    /** Per code the value of the latest vintage, for one Jobcenter, month and gender. */
    Map<String, PublishedValue> latest(String agencyNumber, YearMonth month, Gender gender);

    /** Per Jobcenter and code the value of the latest vintage, for a month and gender. */
    Map<String, Map<String, PublishedValue>> latestOfAll(YearMonth month, Gender gender);
}
