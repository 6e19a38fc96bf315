package de.leitstand.controlling.application;

import de.leitstand.controlling.api.BasisEntryApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.controlling.domain.BasisValue;
import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.controlling.domain.ControllingSources;
import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.ImportBatch;
import de.leitstand.controlling.domain.ImportRow;
import de.leitstand.controlling.domain.Series;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Basis values entered by hand — through the entry form or {@code PUT /api/controlling/values/…}. Every
 * entry is recorded as a batch (like an import) so that its plausibility warnings are stored and listed
 * with it; its values are written one by one and audited.
 */
@ApplicationScoped
public class BasisEntryService implements BasisEntryApi {

    /** The largest value a basis figure can hold (NUMERIC(17, 2)). */
    private static final BigDecimal MAX_VALUE = new BigDecimal("999999999999999.99");

    @Inject
    ControllingRepository repository;

    @Inject
    PlausibilityService plausibility;

    @Inject
    FigureReads reads;

    @Inject
    Tenancy tenancy;

    @Inject
    Caller caller;

    @Inject
    JobcenterDirectory jobcenters;

    @Override
    public Sheet sheet(String agencyNumber, YearMonth month) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        if (month == null) {
            throw new ValidationException("MONTH_MISSING", "month", Text.of("controlling.MONTH_MISSING.2"));
        }
        Map<String, BasisValue> latest = latest(agency, month);
        List<Cell> cells = new ArrayList<>();
        for (Series series : Series.values()) {
            for (Gender gender : Gender.values()) {
                BasisValue v = latest.get(series + "." + gender);
                cells.add(v == null ? new Cell(series.name(), series.germanName(), gender.name(), null, null, null, 0)
                        : new Cell(series.name(), series.germanName(), gender.name(), v.getValue(), v.getVintage(), v.getSource(),
                        v.getVersion()));
            }
        }
        return new Sheet(agency.value(), jobcenters.find(agency.value()).map(JobcenterView::name).orElse(agency.value()), month,
                caller.hasRole(Role.CONTROLLING) && tenancy.mayAccess(agency), cells);
    }

    @Override
    @Transactional
    @RequiresRole(Role.CONTROLLING)
    public Saved save(String agencyNumber, YearMonth month, YearMonth vintage, List<Change> changes) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        if (month == null) {
            throw new ValidationException("MONTH_MISSING", "month", Text.of("controlling.MONTH_MISSING.2"));
        }
        YearMonth entryVintage = vintage == null ? YearMonth.now() : vintage;
        Map<String, BasisValue> latest = latest(agency, month);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        for (Change change : changes == null ? List.<Change>of() : changes) {
            Series series = parse(Series.class, change.series());
            Gender gender = parse(Gender.class, change.gender());
            String field = change.series() + "." + change.gender();
            if (series == null || gender == null) {
                errors.add(new ValidationException.FieldError(field, Text.of("controlling.SERIES_UNKNOWN", field)));
                continue;
            }
            if (change.value() == null) {
                continue;
            }
            Text refusal = refusal(series, change.value());
            BasisValue current = latest.get(field);
            if (refusal == null && current != null && current.getVintage().isAfter(entryVintage)) {
                refusal = Text.of("controlling.BASIS_NEWER_VINTAGE", current.getVintage());
            }
            if (refusal != null) {
                errors.add(new ValidationException.FieldError(field, Text.of("controlling.BASIS_VALUE_REFUSED", series.germanName(), gender.label(), refusal)));
                continue;
            }
            checkUnchanged(series, gender, current, change);
            rows.add(new ImportRow(0, agency.value(), series, month, gender, entryVintage, change.value()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException("VALUES_INVALID", errors);
        }
        if (rows.isEmpty()) {
            return new Saved(0, null, List.of());
        }
        ControllingViews.ImportResult result = write(rows, latest.values());
        return new Saved(result.rows(), result.importId(), result.warnings());
    }

    /**
     * Writes values entered by hand as one batch and checks them for plausibility, in the caller's transaction.
     * A value of the same key and vintage is corrected; otherwise a value is added. A value of one of the keys that
     * is not among {@code seen} (the values the caller checked) was written in between by someone else: a conflict.
     */
    ControllingViews.ImportResult write(List<ImportRow> rows, java.util.Collection<BasisValue> seen) {
        ImportBatch batch = new ImportBatch(rows.size(),
                String.join(", ", rows.stream().map(ImportRow::agencyNumber).collect(Collectors.toCollection(TreeSet::new))),
                rows.stream().map(ImportRow::month).min(Comparator.naturalOrder()).orElseThrow(),
                rows.stream().map(ImportRow::month).max(Comparator.naturalOrder()).orElseThrow(),
                rows.stream().map(r -> r.vintage().toString()).collect(Collectors.toCollection(TreeSet::new)).toString(), Instant.now());
        repository.add(batch);
        String source = ControllingSources.entry(batch.getId());
        reads.forget();
        ControllingRepository.Stored stored = repository.store(rows, source, seen);
        batch.recordOutcome(stored.inserted(), stored.revised(), source);
        repository.flush();
        List<ControllingViews.ImportWarningView> warnings = plausibility.check(batch, rows);
        return new ControllingViews.ImportResult(rows.size(), rows.stream().map(ImportRow::agencyNumber).distinct().sorted().toList(),
                batch.getFirstMonth(), batch.getLastMonth(), batch.getId(), warnings.size(),
                warnings.subList(0, Math.min(warnings.size(), PlausibilityService.IN_RESULT)));
    }

    /** Lost-update guard: the cell must still be in the state the form showed. */
    private static void checkUnchanged(Series series, Gender gender, BasisValue current, Change change) {
        boolean same = current == null ? change.seenVintage() == null
                : current.getVintage().equals(change.seenVintage()) && current.getVersion() == change.seenVersion();
        if (!same) {
            throw new ConflictException("CONCURRENT_MODIFICATION", current == null
                    ? Text.of("controlling.BASIS_CHANGED", series.germanName(), gender.label())
                    : Text.of("controlling.BASIS_CHANGED_TO", series.germanName(), gender.label(),
                            current.getValue().toPlainString(), current.getVintage()));
        }
    }

    private static Text refusal(Series series, BigDecimal value) {
        if (value.signum() < 0) {
            return Text.of("controlling.BASIS_NEGATIVE");
        }
        if (value.stripTrailingZeros().scale() > (series.isMoney() ? 2 : 0)) {
            return Text.of(series.isMoney() ? "controlling.BASIS_MONEY_DECIMALS" : "controlling.BASIS_WHOLE_NUMBER");
        }
        if (value.compareTo(MAX_VALUE) > 0) {
            return Text.of("controlling.BASIS_TOO_LARGE");
        }
        return null;
    }

    /** The latest-vintage value per "SERIES.GENDER" of a Jobcenter month. */
    private Map<String, BasisValue> latest(AgencyNumber agency, YearMonth month) {
        Map<String, BasisValue> latest = new LinkedHashMap<>();
        for (BasisValue v : repository.values(agency, month)) {
            latest.merge(v.getSeries() + "." + v.getGender(), v, (a, b) -> a.getVintage().isAfter(b.getVintage()) ? a : b);
        }
        return latest;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        try {
            return code == null ? null : Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
