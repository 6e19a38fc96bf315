package de.leitstand.controlling.application;

import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.controlling.api.ImportCheckApi;
import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.controlling.domain.ImportBatch;
import de.leitstand.controlling.domain.ImportRow;
import de.leitstand.controlling.domain.ImportWarning;
import de.leitstand.controlling.domain.ImportWarningRepository;
import de.leitstand.controlling.domain.PlausibilityRules;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.security.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Checks an accepted import for plausibility and keeps the warnings with its batch. */
@ApplicationScoped
public class PlausibilityService implements ImportCheckApi {

    /** At most this many warnings come back with the import's answer. */
    static final int IN_RESULT = 100;

    /** At most this many warnings are stored per import (a national file can have very many). */
    static final int STORED = 10_000;

    @Inject
    de.leitstand.kernel.api.RecordAuthors authors;

    @Inject
    ControllingRepository repository;

    @Inject
    ImportWarningRepository warnings;

    @Inject
    Tenancy tenancy;

    @Inject
    @ConfigProperty(name = "leitstand.controlling.plausibility.outlier-threshold", defaultValue = "3.5")
    BigDecimal outlierThreshold;

    @Inject
    @ConfigProperty(name = "leitstand.controlling.plausibility.stock-flow-percent", defaultValue = "2")
    BigDecimal stockFlowPercent;

    /** Runs in the import's transaction, after its values are stored. */
    public List<ControllingViews.ImportWarningView> check(ImportBatch batch, List<ImportRow> rows) {
        YearMonth from = rows.stream().map(ImportRow::month).min(Comparator.naturalOrder()).orElseThrow().minusMonths(25);
        YearMonth to = rows.stream().map(ImportRow::month).max(Comparator.naturalOrder()).orElseThrow();
        List<PlausibilityRules.Warning> found = PlausibilityRules.check(rows,
                (agency, gender) -> repository.figures(new AgencyNumber(agency), gender, from, to, null),
                new PlausibilityRules.Settings(outlierThreshold, stockFlowPercent));
        found.stream().limit(STORED).forEach(w -> warnings.add(new ImportWarning(batch.getId(), w)));
        return found.stream().map(w -> view(batch.getId(), w.agencyNumber(), w.series(), w.month(), w.gender(), w.rule(), w.message())).toList();
    }

    @Override
    public List<ControllingViews.ImportBatchView> imports() {
        List<ImportBatch> batches = warnings.recentBatches(50, tenancy.restriction()).stream().filter(this::visible).toList();
        java.util.Map<String, String> importers = authors.creators(ImportBatch.class.getSimpleName(),
                batches.stream().map(b -> String.valueOf(b.getId())).toList());
        return batches.stream()
                .map(b -> new ControllingViews.ImportBatchView(b.getId(), b.getImportedAt(), b.getRows(), b.getJobcenters(),
                        b.getFirstMonth(), b.getLastMonth(), b.getInserted(), b.getRevised(), warnings.count(b.getId()),
                        b.getVintages(), b.getSource(), importers.get(String.valueOf(b.getId()))))
                .toList();
    }

    @Override
    public List<ControllingViews.ImportWarningView> warnings(long importId) {
        ImportBatch batch = warnings.batch(importId).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("IMPORT_NOT_FOUND", Text.of("controlling.IMPORT_NOT_FOUND", importId)));
        return warnings.warnings(batch.getId()).stream().filter(w -> tenancy.mayAccess(new AgencyNumber(w.getAgencyNumber())))
                .map(w -> view(importId, w.getAgencyNumber(), w.getSeries(), w.getMonth(), w.getGender(), w.getRule(), w.getMessage()))
                .toList();
    }

    private boolean visible(ImportBatch batch) {
        return Arrays.stream(batch.getJobcenters().replace(" …", "").split(",\\s*")).map(String::trim)
                .anyMatch(a -> AgencyNumber.isValid(a) && tenancy.mayAccess(new AgencyNumber(a)));
    }

    private static ControllingViews.ImportWarningView view(long importId, String agency, de.leitstand.controlling.domain.Series series,
                                                           YearMonth month, de.leitstand.controlling.domain.Gender gender,
                                                           PlausibilityRules.Rule rule, String message) {
        return new ControllingViews.ImportWarningView(importId, agency, series.name(), series.germanName(), month, gender.name(),
                rule.name(), message, "/api/controlling/values/" + agency + "/" + month);
    }
}
