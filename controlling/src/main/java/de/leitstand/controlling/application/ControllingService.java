package de.leitstand.controlling.application;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.controlling.domain.BasisValue;
import de.leitstand.controlling.domain.ComparisonMembership;
import java.util.Set;
import java.util.stream.Collectors;
import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.controlling.domain.FormulaType;
import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.KpiCalculator;
import de.leitstand.controlling.domain.KpiCatalogue;
import de.leitstand.controlling.domain.KpiDefinition;
import de.leitstand.controlling.domain.KpiResult;
import de.leitstand.controlling.domain.MonthlyFigures;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Kennzahlen of a Jobcenter and month, time series, comparisons and the national table; the other use
 * cases of {@link ControllingApi} live in their own classes ({@link FigureEntryService},
 * {@link ComparisonTypeAdministration}, {@link TargetTrackingService}) and are reached through here.
 */
@ApplicationScoped
public class ControllingService implements ControllingApi {

    /** The longest time series one request computes. */
    private static final int MAX_SERIES_MONTHS = 60;

    @Inject
    ControllingRepository repository;

    @Inject
    Tenancy tenancy;

    @Inject
    Caller caller;

    @Inject
    JobcenterDirectory jobcenters;

    @Inject
    FigureEntryService figureEntry;

    @Inject
    ComparisonTypeAdministration comparisonTypes;

    @Inject
    TargetTrackingService targetTracking;

    @Inject
    FigureReads reads;

    @Override
    public ControllingViews.ImportResult importFigures(byte[] csv, YearMonth vintage) {
        return figureEntry.importFigures(csv, vintage);
    }

    @Override
    public ControllingViews.ImportResult enterMonth(String agencyNumber, YearMonth month, String gender, YearMonth vintage,
                                                    Map<String, BigDecimal> values, String expectedStand) {
        return figureEntry.enterMonth(agencyNumber, month, gender, vintage, values, expectedStand);
    }

    @Override
    public String valuesStand(String agencyNumber, YearMonth month) {
        return figureEntry.valuesStand(agencyNumber, month);
    }

    @Override
    public List<ControllingViews.KpiView> kpis(String agencyNumber, YearMonth month, String gender, YearMonth vintage) {
        AgencyNumber agency = agency(agencyNumber);
        Gender parsedGender = gender(gender);
        List<KpiDefinition> catalogue = reads.catalogue();
        MonthlyFigures figures = reads.figures(agency, parsedGender, month.minusMonths(KpiCatalogue.lookBackMonths(catalogue)),
                month, vintage);
        return KpiCatalogue.validIn(catalogue, month).stream().map(kpi -> view(kpi, agency, month, parsedGender, figures)).toList();
    }

    @Override
    public List<ControllingViews.SeriesPoint> series(String agencyNumber, String code, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new ValidationException("PERIOD_INVALID", "to", Text.of("controlling.PERIOD_INVALID", to, from));
        }
        if (from.plusMonths(MAX_SERIES_MONTHS).isBefore(to.plusMonths(1))) {
            throw new ValidationException("PERIOD_TOO_LONG", "from", Text.of("controlling.PERIOD_TOO_LONG", MAX_SERIES_MONTHS));
        }
        AgencyNumber agency = agency(agencyNumber);
        List<KpiDefinition> catalogue = reads.catalogue();
        KpiDefinition any = definition(code, catalogue, to);
        MonthlyFigures figures = reads.figures(agency, Gender.GESAMT, from.minusMonths(KpiCatalogue.lookBackMonths(catalogue)), to, null);
        List<ControllingViews.SeriesPoint> points = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            KpiDefinition kpi = KpiCatalogue.definitionFor(catalogue, any.code(), m).orElse(any);
            KpiResult result = KpiCalculator.compute(kpi, figures, m);
            points.add(new ControllingViews.SeriesPoint(m, result.value(), result.notComputableReason()));
        }
        return points;
    }

    @Override
    public ControllingViews.KpiView kpi(String agencyNumber, String code, YearMonth month, String gender, YearMonth vintage) {
        AgencyNumber agency = agency(agencyNumber);
        List<KpiDefinition> catalogue = reads.catalogue();
        KpiDefinition kpi = definition(code, catalogue, month);
        Gender parsedGender = gender(gender);
        return view(kpi, agency, month, parsedGender,
                reads.figures(agency, parsedGender, month.minusMonths(KpiCatalogue.lookBackMonths(catalogue)), month, vintage));
    }

    @Override
    public java.util.Optional<YearMonth> latestMonth(String agencyNumber) {
        return repository.latestMonth(tenancy.resolve(agencyNumber));
    }

    @Override
    public java.util.Optional<YearMonth> earliestMonth(String agencyNumber) {
        return repository.earliestMonth(tenancy.resolve(agencyNumber));
    }

    @Override
    public List<ControllingViews.BasisValueView> basisValues(String agencyNumber, YearMonth month) {
        // raw values and their provenance stay with the own Jobcenter; other Jobcenters see the computed Kennzahlen
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        List<ControllingRepository.StoredValue> rows = repository.storedValues(agency, month);
        List<ControllingViews.BasisValueView> views = new ArrayList<>();
        String previousKey = null;
        for (ControllingRepository.StoredValue v : rows) {
            String key = v.series() + "|" + v.gender();
            views.add(new ControllingViews.BasisValueView(v.series().name(), v.series().germanName(), v.month(),
                    v.gender().name(), v.vintage(), v.value(), v.source(), !key.equals(previousKey)));
            previousKey = key;
        }
        return views;
    }

    @Override
    public ControllingViews.Comparison compare(String code, YearMonth month, String gender) {
        return compare(code, month, gender, null);
    }

    @Override
    public ControllingViews.Comparison compare(String code, YearMonth month, String gender, String group) {
        List<KpiDefinition> catalogue = reads.catalogue();
        KpiDefinition kpi = definition(code, catalogue, month);
        Gender parsedGender = gender(gender);
        Set<String> members = null;
        String groupCode = group == null || group.isBlank() ? null : group.trim();
        if (groupCode != null) {
            comparisonTypes.comparisonTypeOrFail(groupCode);
            members = repository.membershipsOf(groupCode).stream().filter(m -> m.validIn(month))
                    .map(ComparisonMembership::getAgencyNumber).collect(Collectors.toSet());
        }
        String own = caller.agencyNumber().map(AgencyNumber::value).orElse(null);
        List<ControllingViews.Rank> ranked = new ArrayList<>();
        int[] notComputable = {0};
        record Entry(String agency, BigDecimal value) {
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> only = members;
        repository.figuresOfAll(parsedGender, month.minusMonths(KpiCatalogue.lookBackMonths(catalogue)), month).forEach((agency, figures) -> {
            if (only != null && !only.contains(agency)) {
                return;
            }
            KpiResult result = KpiCalculator.compute(kpi, figures, month);
            if (result.isComputable()) {
                entries.add(new Entry(agency, result.value()));
            } else {
                notComputable[0]++;
            }
        });
        Comparator<Entry> order = Comparator.comparing(Entry::value);
        entries.sort(kpi.higherIsBetter() ? order.reversed() : order);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            ranked.add(new ControllingViews.Rank(i + 1, e.agency(), jobcenterName(e.agency()), e.value(), e.agency().equals(own)));
        }
        return new ControllingViews.Comparison(kpi.code(), kpi.name(), month, parsedGender.name(), ranked, notComputable[0], groupCode);
    }

    @Override
    public ControllingViews.NationalTable national(YearMonth month, String gender) {
        Gender parsedGender = gender(gender);
        List<KpiDefinition> versions = reads.catalogue();
        List<KpiDefinition> catalogue = KpiCatalogue.validIn(versions, month);
        List<ControllingViews.NationalRow> rows = new ArrayList<>();
        repository.figuresOfAll(parsedGender, month.minusMonths(KpiCatalogue.lookBackMonths(catalogue)), month).forEach((agency, figures) -> {
            List<BigDecimal> values = new ArrayList<>(catalogue.size());
            for (KpiDefinition kpi : catalogue) {
                values.add(KpiCalculator.compute(kpi, figures, month).value());
            }
            rows.add(new ControllingViews.NationalRow(agency, jobcenterName(agency), values));
        });
        rows.sort(Comparator.comparing(ControllingViews.NationalRow::agencyNumber));
        return new ControllingViews.NationalTable(month, parsedGender.name(), catalogue.stream().map(KpiDefinition::code).toList(), rows);
    }

    @Override
    public List<ControllingViews.ComparisonTypeView> comparisonTypes(YearMonth month) {
        return comparisonTypes.comparisonTypes(month);
    }

    @Override
    public ControllingViews.ComparisonTypeView saveComparisonType(String code, String name, YearMonth validFrom, YearMonth validTo,
                                                                  Long version) {
        return comparisonTypes.saveComparisonType(code, name, validFrom, validTo, version);
    }

    @Override
    public ControllingViews.ComparisonTypeView assignComparisonType(String code, String agencyNumber, YearMonth from) {
        return comparisonTypes.assignComparisonType(code, agencyNumber, from);
    }

    @Override
    public ControllingViews.ComparisonTypeView removeAssignment(String code, String agencyNumber, YearMonth from) {
        return comparisonTypes.removeAssignment(code, agencyNumber, from);
    }

    private String jobcenterName(String agency) {
        return jobcenters.find(agency).map(JobcenterView::name).orElse(agency);
    }

    @Override
    public ControllingViews.TargetTracking tracking(String agencyNumber, YearMonth month) {
        return targetTracking.tracking(agencyNumber, month);
    }

    @Override
    public List<ControllingViews.PathPoint> trackingPath(String agencyNumber, YearMonth month) {
        return targetTracking.trackingPath(agencyNumber, month);
    }

    private ControllingViews.KpiView view(KpiDefinition kpi, AgencyNumber agency, YearMonth month, Gender gender,
                                          MonthlyFigures figures) {
        KpiResult result = KpiCalculator.compute(kpi, figures, month);
        boolean meanOfRates = kpi.formulaType() == FormulaType.AVG12_OF_MONTHLY_RATES;
        return new ControllingViews.KpiView(kpi.code(), kpi.name(), kpi.formulaType().name(), kpi.targetDimension(),
                kpi.keyIndicator(), kpi.higherIsBetter(), agency.value(), month, gender.name(), result.value(),
                kpi.formulaType() == FormulaType.YOY_RATIO ? result.changePercent() : null, result.numerator(),
                result.denominator(),
                meanOfRates ? Text.of("controlling.RATES_SUM_OF", kpi.numerator().text()) : kpi.numerator().text(),
                meanOfRates ? Text.of(kpi.denominatorLag() > 0 ? "controlling.RATES_MONTHS_PREVIOUS" : "controlling.RATES_MONTHS",
                        kpi.numerator().text(), kpi.denominator().text()) : kpi.denominator().text(),
                result.notComputableReason(), kpi.numerator().name(), kpi.denominator().name(), kpi.source(),
                result.monthlyRates().stream().map(r -> new ControllingViews.MonthlyRateView(r.month(), r.numerator(),
                        r.denominatorMonth(), r.denominator(), r.ratePercent())).toList());
    }


    /** Published statistics: any Jobcenter's Kennzahlen may be read; without a number, the caller's own. */
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

    /**
     * @return the version of the code valid in the month; a version of another period when none is (the
     *         calculation then says "nicht definiert")
     */
    static KpiDefinition definition(String code, List<KpiDefinition> catalogue, YearMonth month) {
        String trimmed = code == null ? "" : code.trim();
        return KpiCatalogue.definitionFor(catalogue, trimmed, month)
                .or(() -> catalogue.stream().filter(k -> k.code().equalsIgnoreCase(trimmed)).findFirst())
                .orElseThrow(() -> new NotFoundException("KPI_NOT_FOUND", Text.of("controlling.KPI_NOT_FOUND", code)));
    }

    static Gender gender(String gender) {
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
