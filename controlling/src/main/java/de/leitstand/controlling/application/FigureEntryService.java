package de.leitstand.controlling.application;

import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.controlling.domain.ControllingSources;
import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.ImportFileReader;
import de.leitstand.controlling.domain.ImportRow;
import de.leitstand.controlling.domain.Series;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Use case: basis figures come in, from a BA file (with the plausibility check of the batch) or typed
 * in for one month; only Controlling, only for Jobcenters the caller may write.
 */
@ApplicationScoped
public class FigureEntryService {

    @Inject
    ControllingRepository repository;

    @Inject
    ImportFileReader reader;

    @Inject
    Tenancy tenancy;

    @Inject
    JobcenterDirectory jobcenters;

    @Inject
    PlausibilityService plausibility;

    @Transactional
    @RequiresRole(Role.CONTROLLING)
    public ControllingViews.ImportResult importFigures(byte[] csv, YearMonth vintage) {
        Map<String, Boolean> known = new java.util.HashMap<>();
        Map<String, Boolean> writable = new java.util.HashMap<>();
        List<ImportRow> rows = reader.read(csv == null ? new byte[0] : csv, a -> known.computeIfAbsent(a, x -> jobcenters.find(x).isPresent()),
                a -> writable.computeIfAbsent(a, x -> tenancy.mayAccess(new AgencyNumber(x))), vintage == null ? YearMonth.now() : vintage);
        var batch = repository.storeImport(rows);
        repository.flush();
        List<ControllingViews.ImportWarningView> warnings = plausibility.check(batch, rows);
        return new ControllingViews.ImportResult(batch.getRows(), rows.stream().map(ImportRow::agencyNumber).distinct().sorted().toList(),
                rows.stream().map(ImportRow::month).min(Comparator.naturalOrder()).orElse(null),
                rows.stream().map(ImportRow::month).max(Comparator.naturalOrder()).orElse(null), batch.getId(), warnings.size(),
                warnings.subList(0, Math.min(warnings.size(), PlausibilityService.IN_RESULT)));
    }

    @Transactional
    @RequiresRole(Role.CONTROLLING)
    public ControllingViews.ImportResult enterMonth(String agencyNumber, YearMonth month, String gender, YearMonth vintage,
                                                    Map<String, BigDecimal> values) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        if (month == null) {
            throw new ValidationException("MONTH_MISSING", "month", "Bitte geben Sie den Monat an.");
        }
        if (values == null || values.isEmpty()) {
            throw new ValidationException("VALUES_MISSING", "values", "Bitte geben Sie mindestens einen Wert an.");
        }
        Gender parsedGender = ControllingService.gender(gender);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        values.forEach((code, value) -> {
            Series series;
            try {
                series = Series.valueOf(code.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new ValidationException.FieldError(code, "Die Reihe „" + code + "“ gibt es nicht."));
                return;
            }
            if (value == null) {
                return;
            }
            if (value.signum() < 0 || value.scale() > 2) {
                errors.add(new ValidationException.FieldError(code, series.germanName() + ": " + value.toPlainString()
                        + " ist negativ oder hat mehr als zwei Nachkommastellen."));
                return;
            }
            rows.add(new ImportRow(0, agency.value(), series, month, parsedGender, vintage == null ? YearMonth.now() : vintage, value));
        });
        if (!errors.isEmpty()) {
            throw new ValidationException("VALUES_INVALID", errors);
        }
        if (rows.isEmpty()) {
            throw new ValidationException("VALUES_MISSING", "values", "Bitte geben Sie mindestens einen Wert an.");
        }
        return store(rows, ControllingSources.ENTERED);
    }

    private ControllingViews.ImportResult store(List<ImportRow> rows, String source) {
        int stored = repository.store(rows, source);
        repository.flush();
        return new ControllingViews.ImportResult(stored, rows.stream().map(ImportRow::agencyNumber).distinct().sorted().toList(),
                rows.stream().map(ImportRow::month).min(Comparator.naturalOrder()).orElse(null),
                rows.stream().map(ImportRow::month).max(Comparator.naturalOrder()).orElse(null));
    }
}
