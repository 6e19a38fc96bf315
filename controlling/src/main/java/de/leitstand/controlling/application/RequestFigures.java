package de.leitstand.controlling.application;

import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.KpiDefinition;
import de.leitstand.controlling.domain.MonthlyFigures;
import de.leitstand.kernel.api.AgencyNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The basis figures read during one request, per Jobcenter, gender and vintage. A dashboard page asks for the
 * same Jobcenter's figures seven times (Kennzahlen, tracking, target path, two time series) over overlapping
 * periods; this reads them at most twice (the period asked first, then, when a later call needs more, the union
 * and at least four years back) and answers each call with exactly the months it asked for. Nothing outlives
 * the request, so every request sees the database as it is (also on other cluster nodes); a write in the
 * request makes it {@link #forget} what it read. The same for the Kennzahlen catalogue (five reads per page) and
 * the programme the tracking steers by (the tracking and the target path of a page ask planning for the same one).
 */
@RequestScoped
public class RequestFigures {

    /** A second read goes at least this far back, so that a page's later, longer look-backs need no third one. */
    static final int MIN_MONTHS = 48;

    @Inject
    ControllingRepository repository;

    private record Key(String agency, Gender gender, YearMonth vintage) {
    }

    private record Read(YearMonth from, YearMonth to, MonthlyFigures figures) {
        boolean covers(YearMonth f, YearMonth t) {
            return !f.isBefore(from) && !t.isAfter(to);
        }
    }

    private final Map<Key, Read> reads = new HashMap<>();
    private final Map<String, Optional<de.leitstand.planning.api.ProgrammeView.Steering>> programmes = new HashMap<>();
    private List<KpiDefinition> catalogue;

    /** The programme a Jobcenter steers by in a year, asked of planning once per request. */
    public Optional<de.leitstand.planning.api.ProgrammeView.Steering> programme(AgencyNumber agency, int year,
            java.util.function.Supplier<Optional<de.leitstand.planning.api.ProgrammeView.Steering>> read) {
        return programmes.computeIfAbsent(agency.value() + "@" + year, key -> read.get());
    }

    /** The Kennzahlen catalogue (all versions), read once per request. */
    public List<KpiDefinition> catalogue() {
        if (catalogue == null) {
            catalogue = repository.catalogue();
        }
        return catalogue;
    }

    /** The same answer as {@link ControllingRepository#figures}: values of the months from–to, nothing outside. */
    public MonthlyFigures figures(AgencyNumber agency, Gender gender, YearMonth from, YearMonth to, YearMonth vintage) {
        Key key = new Key(agency.value(), gender, vintage);
        Read read = reads.get(key);
        if (read == null || !read.covers(from, to)) {
            // the first read is exactly what was asked (a single Kennzahlen request reads no more than before);
            // a second one takes the union, widened to MIN_MONTHS
            YearMonth readTo = read == null || to.isAfter(read.to()) ? to : read.to();
            YearMonth readFrom = read == null ? from : min(min(from, read.from()), readTo.minusMonths(MIN_MONTHS - 1L));
            read = new Read(readFrom, readTo, repository.figures(agency, gender, readFrom, readTo, vintage));
            reads.put(key, read);
        }
        MonthlyFigures all = read.figures();
        return (series, month) -> month.isBefore(from) || month.isAfter(to) ? Optional.empty() : all.value(series, month);
    }

    /** After a write in this request: read again. */
    public void forget() {
        reads.clear();
        programmes.clear();
        catalogue = null;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return Objects.requireNonNull(a).isBefore(b) ? a : b;
    }
}
