package de.leitstand.controlling.application;

import de.leitstand.controlling.api.ReconciliationApi;
import de.leitstand.controlling.api.ReconciliationViews;
import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.KpiCalculator;
import de.leitstand.controlling.domain.KpiCatalogue;
import de.leitstand.controlling.domain.KpiDefinition;
import de.leitstand.controlling.domain.KpiResult;
import de.leitstand.controlling.domain.MonthlyFigures;
import de.leitstand.controlling.domain.PublishedFileReader;
import de.leitstand.controlling.domain.PublishedRepository;
import de.leitstand.controlling.domain.PublishedRow;
import de.leitstand.controlling.domain.PublishedValue;
import de.leitstand.controlling.domain.Reconciliation;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class ReconciliationService implements ReconciliationApi {

    @Inject
    ControllingRepository repository;

    @Inject
    PublishedRepository published;

    @Inject
    PublishedFileReader reader;

    @Inject
    Tenancy tenancy;

    @Inject
    JobcenterDirectory jobcenters;

    @Override
    @Transactional
    @RequiresRole({Role.CONTROLLING, Role.ADMIN})
    public ReconciliationViews.PublishedImport importPublished(byte[] csv) {
        Set<String> codes = repository.catalogue().stream().map(KpiDefinition::code).collect(Collectors.toSet());
        Map<String, Boolean> known = new HashMap<>();
        Map<String, Boolean> writable = new HashMap<>();
        List<PublishedRow> rows = reader.read(csv, a -> known.computeIfAbsent(a, x -> jobcenters.find(x).isPresent()),
                a -> writable.computeIfAbsent(a, x -> tenancy.mayAccess(new AgencyNumber(x))), codes::contains);
        int inserted = published.store(rows);
        return new ReconciliationViews.PublishedImport(rows.size(), inserted,
                rows.stream().map(PublishedRow::agencyNumber).distinct().sorted().toList(),
                rows.stream().map(PublishedRow::month).min(Comparator.naturalOrder()).orElse(null),
                rows.stream().map(PublishedRow::month).max(Comparator.naturalOrder()).orElse(null));
    }

    @Override
    public ReconciliationViews.JobcenterReconciliation reconcile(String agencyNumber, YearMonth month, String gender) {
        AgencyNumber agency = agency(agencyNumber);
        Gender parsed = gender(gender);
        List<KpiDefinition> versions = repository.catalogue();
        int lookBack = KpiCatalogue.lookBackMonths(versions);
        MonthlyFigures latest = repository.figures(agency, parsed, month.minusMonths(lookBack), month, null);
        List<ReconciliationViews.Line> lines = lines(agency.value(), month, parsed, KpiCatalogue.validIn(versions, month), latest,
                published.latest(agency.value(), month, parsed), lookBack);
        return new ReconciliationViews.JobcenterReconciliation(agency.value(), name(agency.value()), month, parsed.name(), lines,
                (int) lines.stream().filter(ReconciliationViews.Line::differs).count());
    }

    @Override
    public ReconciliationViews.NationalReconciliation national(YearMonth month, String gender) {
        Gender parsed = gender(gender);
        List<KpiDefinition> versions = repository.catalogue();
        List<KpiDefinition> catalogue = KpiCatalogue.validIn(versions, month);
        int lookBack = KpiCatalogue.lookBackMonths(versions);
        Map<String, Map<String, PublishedValue>> all = published.latestOfAll(month, parsed);
        Map<String, MonthlyFigures> figures = all.isEmpty() ? Map.of() : repository.figuresOfAll(parsed, month.minusMonths(lookBack), month);
        List<ReconciliationViews.Difference> differing = new ArrayList<>();
        all.forEach((agency, values) -> {
            MonthlyFigures latest = figures.getOrDefault(agency, (series, m) -> java.util.Optional.empty());
            List<ReconciliationViews.Line> lines = lines(agency, month, parsed, catalogue, latest, values, lookBack).stream()
                    .filter(ReconciliationViews.Line::differs).toList();
            if (!lines.isEmpty()) {
                differing.add(new ReconciliationViews.Difference(agency, name(agency), lines.stream().map(ReconciliationViews.Line::code).toList(),
                        lines.stream().map(ReconciliationViews.Line::statusLabel).toList()));
            }
        });
        return new ReconciliationViews.NationalReconciliation(month, parsed.name(), all.size(), differing);
    }

    private List<ReconciliationViews.Line> lines(String agency, YearMonth month, Gender gender, List<KpiDefinition> catalogue,
                                                 MonthlyFigures latest, Map<String, PublishedValue> values, int lookBack) {
        List<ReconciliationViews.Line> lines = new ArrayList<>();
        for (KpiDefinition kpi : catalogue) {
            KpiResult computed = KpiCalculator.compute(kpi, latest, month);
            PublishedValue p = values.get(kpi.code());
            KpiResult atVintage = null;
            if (p != null && computed.isComputable() && computed.value().compareTo(p.getValue()) != 0) {
                atVintage = KpiCalculator.compute(kpi, repository.figures(new AgencyNumber(agency), gender, month.minusMonths(lookBack),
                        month, p.getVintage()), month);
            }
            Reconciliation.Outcome outcome = Reconciliation.compare(computed, atVintage, p);
            lines.add(new ReconciliationViews.Line(kpi.code(), kpi.name(), computed.value(), computed.numerator(), computed.denominator(),
                    p == null ? null : p.getValue(), p == null ? null : p.getNumerator(), p == null ? null : p.getDenominator(),
                    p == null ? null : p.getVintage(), outcome.difference(), outcome.status().name(), outcome.status().text(),
                    outcome.status().differs(), outcome.reason()));
        }
        return lines;
    }

    private AgencyNumber agency(String agencyNumber) {
        if (agencyNumber != null && !agencyNumber.isBlank()) {
            AgencyNumber agency = AgencyNumber.of(agencyNumber);
            if (jobcenters.find(agency.value()).isEmpty()) {
                throw new NotFoundException("JOBCENTER_NOT_FOUND", Text.of("kernel.JOBCENTER_NOT_FOUND", agencyNumber));
            }
            return agency;
        }
        return tenancy.resolve(null);
    }

    private String name(String agency) {
        return jobcenters.find(agency).map(JobcenterView::name).orElse(agency);
    }

    private static Gender gender(String gender) {
        if (gender == null || gender.isBlank()) {
            return Gender.GESAMT;
        }
        try {
            return Gender.valueOf(gender.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("GENDER_INVALID", "gender", Text.of("controlling.GENDER_INVALID"));
        }
    }
}
