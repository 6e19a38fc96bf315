package de.leitstand.controlling.application;

import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.controlling.domain.BasisValue;
import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.controlling.domain.ControllingSources;
import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.ImportFileReader;
import de.leitstand.controlling.domain.ImportRow;
import de.leitstand.controlling.domain.Series;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
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
import java.util.Set;
import java.util.stream.Collectors;

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

    @Inject
    BasisEntryService entries;

    @Inject
    FigureReads reads;

    @Transactional
    @RequiresRole(Role.CONTROLLING)
    public ControllingViews.ImportResult importFigures(byte[] csv, YearMonth vintage) {
        Map<String, Boolean> known = new java.util.HashMap<>();
        Map<String, Boolean> writable = new java.util.HashMap<>();
        List<ImportRow> rows = reader.read(csv == null ? new byte[0] : csv, a -> known.computeIfAbsent(a, x -> jobcenters.find(x).isPresent()),
                a -> writable.computeIfAbsent(a, x -> tenancy.mayAccess(new AgencyNumber(x))), vintage == null ? YearMonth.now() : vintage);
        String fileHash = fileHash(csv == null ? new byte[0] : csv, vintage == null ? YearMonth.now() : vintage);
        repository.importOfFile(fileHash).ifPresent(earlier -> {
            throw new ConflictException("IMPORT_DUPLICATE", Text.of("controlling.IMPORT_DUPLICATE", earlier.getId()));
        });
        reads.forget();
        var batch = repository.storeImport(rows, fileHash);
        repository.flush();
        List<ControllingViews.ImportWarningView> warnings = plausibility.check(batch, rows);
        return new ControllingViews.ImportResult(batch.getRows(), rows.stream().map(ImportRow::agencyNumber).distinct().sorted().toList(),
                rows.stream().map(ImportRow::month).min(Comparator.naturalOrder()).orElse(null),
                rows.stream().map(ImportRow::month).max(Comparator.naturalOrder()).orElse(null), batch.getId(), warnings.size(),
                warnings.subList(0, Math.min(warnings.size(), PlausibilityService.IN_RESULT)));
    }

    /** SHA-256 of the file and the vintage it is imported with (a file without a vintage column differs by it). */
    static String fileHash(byte[] csv, YearMonth vintage) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(csv);
            digest.update(("|" + (vintage == null ? "" : vintage.toString())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    @RequiresRole(Role.CONTROLLING)
    public ControllingViews.ImportResult enterMonth(String agencyNumber, YearMonth month, String gender, YearMonth vintage,
                                                    Map<String, BigDecimal> values, String expectedStand) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        if (month == null) {
            throw new ValidationException("MONTH_MISSING", "month", Text.of("controlling.MONTH_MISSING.2"));
        }
        if (values == null || values.isEmpty()) {
            throw new ValidationException("VALUES_MISSING", "values", Text.of("controlling.VALUES_MISSING"));
        }
        Gender parsedGender = ControllingService.gender(gender);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        values.forEach((code, value) -> {
            Series series;
            try {
                series = Series.valueOf(code.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new ValidationException.FieldError(code, Text.of("controlling.SERIES_UNKNOWN", code)));
                return;
            }
            if (value == null) {
                return;
            }
            if (value.signum() < 0 || value.scale() > 2) {
                errors.add(new ValidationException.FieldError(code, Text.of("controlling.FIGURE_VALUE_INVALID", series.germanName(), value.toPlainString())));
                return;
            }
            rows.add(new ImportRow(0, agency.value(), series, month, parsedGender, vintage == null ? YearMonth.now() : vintage, value));
        });
        if (!errors.isEmpty()) {
            throw new ValidationException("VALUES_INVALID", errors);
        }
        if (rows.isEmpty()) {
            throw new ValidationException("VALUES_MISSING", "values", Text.of("controlling.VALUES_MISSING"));
        }
        List<BasisValue> present = repository.values(agency, month);
        if (expectedStand == null) {
            Set<String> keys = rows.stream().map(r -> r.series() + "|" + r.gender() + "|" + r.vintage()).collect(Collectors.toSet());
            List<String> stored = present.stream().filter(v -> keys.contains(v.getSeries() + "|" + v.getGender() + "|" + v.getVintage()))
                    .map(v -> v.getSeries().name()).sorted().toList();
            if (!stored.isEmpty()) {
                throw new ConflictException("VALUES_EXIST", Text.of("controlling.VALUES_EXIST", agency.value(), String.format("%02d.%d", month.getMonthValue(), month.getYear()), String.join(", ", stored)));
            }
        } else if (!stand(present).equals(unquoted(expectedStand))) {
            throw ConflictException.concurrentModification();
        }
        // against the values checked above: one written in between is a conflict, one changed in between fails its version
        return entries.write(rows, present);
    }

    public String valuesStand(String agencyNumber, YearMonth month) {
        return stand(repository.values(tenancy.resolve(agencyNumber), month));
    }

    /** A short hash of the ids and versions of the values: any write changes it. */
    private static String stand(List<BasisValue> values) {
        StringBuilder text = new StringBuilder();
        values.stream().sorted(Comparator.comparing(BasisValue::getId)).forEach(v -> text.append(v.getId()).append(':')
                .append(v.getVersion()).append(';'));
        return fileHash(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), null).substring(0, 20);
    }

    private static String unquoted(String etag) {
        String tag = etag.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
    }

}
