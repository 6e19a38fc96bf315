package de.leitstand.controlling.application;

import de.leitstand.controlling.domain.ControllingSources;
import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.controlling.domain.BasisValue;
import de.leitstand.controlling.domain.ComparisonMembership;
import de.leitstand.controlling.domain.ComparisonType;
import de.leitstand.kernel.api.ConflictException;
import java.util.Set;
import java.util.stream.Collectors;
import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.controlling.domain.FormulaType;
import de.leitstand.controlling.domain.GoalCheck;
import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.ImportRow;
import de.leitstand.controlling.domain.KpiCalculator;
import de.leitstand.controlling.domain.KpiCatalogue;
import de.leitstand.controlling.domain.KpiDefinition;
import de.leitstand.controlling.domain.KpiResult;
import de.leitstand.controlling.domain.MonthlyFigures;
import de.leitstand.controlling.domain.Series;
import de.leitstand.controlling.domain.YearToDate;
import de.leitstand.controlling.domain.ImportFileReader;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.planning.api.ProgrammePlanning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@ApplicationScoped
public class ControllingService implements ControllingApi {

    /** The longest time series one request computes. */
    private static final int MAX_SERIES_MONTHS = 60;

    @Inject
    ControllingRepository repository;

    @Inject
    ImportFileReader reader;

    @Inject
    Tenancy tenancy;

    @Inject
    Caller caller;

    @Inject
    JobcenterDirectory jobcenters;

    @Inject
    ProgrammePlanning planning;

    @Inject
    PlausibilityService plausibility;

    @Inject
    RequestFigures requestFigures;

    @Inject
    jakarta.enterprise.inject.spi.BeanManager beans;

    @Inject
    @ConfigProperty(name = "leitstand.controlling.traffic-light.green", defaultValue = "100")
    BigDecimal green;

    @Inject
    @ConfigProperty(name = "leitstand.controlling.traffic-light.yellow", defaultValue = "95")
    BigDecimal yellow;

    @Override
    @Transactional
    @RequiresRole(Role.CONTROLLING)
    public ControllingViews.ImportResult importFigures(byte[] csv, YearMonth vintage) {
        Map<String, Boolean> known = new java.util.HashMap<>();
        Map<String, Boolean> writable = new java.util.HashMap<>();
        List<ImportRow> rows = reader.read(csv == null ? new byte[0] : csv, a -> known.computeIfAbsent(a, x -> jobcenters.find(x).isPresent()),
                a -> writable.computeIfAbsent(a, x -> tenancy.mayAccess(new AgencyNumber(x))), vintage == null ? YearMonth.now() : vintage);
        forgetFigures();
        var batch = repository.storeImport(rows);
        repository.flush();
        List<ControllingViews.ImportWarningView> warnings = plausibility.check(batch, rows);
        return new ControllingViews.ImportResult(batch.getRows(), rows.stream().map(ImportRow::agencyNumber).distinct().sorted().toList(),
                rows.stream().map(ImportRow::month).min(Comparator.naturalOrder()).orElse(null),
                rows.stream().map(ImportRow::month).max(Comparator.naturalOrder()).orElse(null), batch.getId(), warnings.size(),
                warnings.subList(0, Math.min(warnings.size(), PlausibilityService.IN_RESULT)));
    }

    @Override
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
        Gender parsedGender = gender(gender);
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
        forgetFigures();
        int stored = repository.store(rows, source);
        repository.flush();
        return new ControllingViews.ImportResult(stored, rows.stream().map(ImportRow::agencyNumber).distinct().sorted().toList(),
                rows.stream().map(ImportRow::month).min(Comparator.naturalOrder()).orElse(null),
                rows.stream().map(ImportRow::month).max(Comparator.naturalOrder()).orElse(null));
    }

    @Override
    public List<ControllingViews.KpiView> kpis(String agencyNumber, YearMonth month, String gender, YearMonth vintage) {
        AgencyNumber agency = agency(agencyNumber);
        Gender parsedGender = gender(gender);
        List<KpiDefinition> catalogue = catalogue();
        MonthlyFigures figures = figures(agency, parsedGender, month.minusMonths(KpiCatalogue.lookBackMonths(catalogue)),
                month, vintage);
        return KpiCatalogue.validIn(catalogue, month).stream().map(kpi -> view(kpi, agency, month, parsedGender, figures)).toList();
    }

    @Override
    public List<ControllingViews.SeriesPoint> series(String agencyNumber, String code, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new ValidationException("PERIOD_INVALID", "to", "Der letzte Monat (" + to + ") liegt vor dem ersten (" + from + ").");
        }
        if (from.plusMonths(MAX_SERIES_MONTHS).isBefore(to.plusMonths(1))) {
            throw new ValidationException("PERIOD_TOO_LONG", "from", "Eine Zeitreihe umfasst höchstens " + MAX_SERIES_MONTHS + " Monate.");
        }
        AgencyNumber agency = agency(agencyNumber);
        List<KpiDefinition> catalogue = catalogue();
        KpiDefinition any = definition(code, catalogue, to);
        MonthlyFigures figures = figures(agency, Gender.GESAMT, from.minusMonths(KpiCatalogue.lookBackMonths(catalogue)), to, null);
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
        List<KpiDefinition> catalogue = catalogue();
        KpiDefinition kpi = definition(code, catalogue, month);
        Gender parsedGender = gender(gender);
        return view(kpi, agency, month, parsedGender,
                figures(agency, parsedGender, month.minusMonths(KpiCatalogue.lookBackMonths(catalogue)), month, vintage));
    }

    @Override
    public List<ControllingViews.BasisValueView> basisValues(String agencyNumber, YearMonth month) {
        // raw values and their provenance stay with the own Jobcenter; other Jobcenters see the computed Kennzahlen
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        List<BasisValue> rows = repository.values(agency, month);
        List<ControllingViews.BasisValueView> views = new ArrayList<>();
        String previousKey = null;
        for (BasisValue v : rows) {
            String key = v.getSeries() + "|" + v.getGender();
            views.add(new ControllingViews.BasisValueView(v.getSeries().name(), v.getSeries().germanName(), v.getMonth(),
                    v.getGender().name(), v.getVintage(), v.getValue(), v.getSource(), !key.equals(previousKey)));
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
        List<KpiDefinition> catalogue = catalogue();
        KpiDefinition kpi = definition(code, catalogue, month);
        Gender parsedGender = gender(gender);
        Set<String> members = null;
        String groupCode = group == null || group.isBlank() ? null : group.trim();
        if (groupCode != null) {
            comparisonTypeOrFail(groupCode);
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
        List<KpiDefinition> versions = catalogue();
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
        YearMonth asOf = month == null ? YearMonth.now() : month;
        return repository.comparisonTypes().stream().map(t -> typeView(t, asOf)).toList();
    }

    @Override
    @Transactional
    @RequiresRole(Role.ADMIN)
    public ControllingViews.ComparisonTypeView saveComparisonType(String code, String name, YearMonth validFrom, YearMonth validTo,
                                                                  Long version) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        String trimmedCode = code == null ? "" : code.trim();
        if (!trimmedCode.matches("[A-Za-z0-9-]{1,10}")) {
            errors.add(new ValidationException.FieldError("code", "Das Kürzel muss 1 bis 10 Buchstaben, Ziffern oder Bindestriche haben (z. B. „IIIb“)."));
        }
        if (name == null || name.isBlank()) {
            errors.add(new ValidationException.FieldError("name", "Bitte geben Sie die Bezeichnung des Vergleichstyps an."));
        } else if (name.trim().length() > 200) {
            errors.add(new ValidationException.FieldError("name", "Die Bezeichnung darf höchstens 200 Zeichen haben."));
        }
        if (validFrom == null) {
            errors.add(new ValidationException.FieldError("validFrom", "Bitte geben Sie an, ab welchem Monat der Vergleichstyp gilt."));
        } else if (validTo != null && validTo.isBefore(validFrom)) {
            errors.add(new ValidationException.FieldError("validTo", "Das Ende (" + validTo + ") liegt vor dem Beginn (" + validFrom + ")."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException("COMPARISON_TYPE_INVALID", errors);
        }
        ComparisonType type = repository.comparisonType(trimmedCode).orElse(null);
        if (type == null) {
            type = new ComparisonType(trimmedCode, name.trim(), validFrom, validTo);
            repository.add(type);
        } else {
            ConflictException.requireVersion(version, type.getVersion());
            type.change(name.trim(), validFrom, validTo);
        }
        repository.flush();
        return typeView(type, YearMonth.now());
    }

    @Override
    @Transactional
    @RequiresRole(Role.ADMIN)
    public ControllingViews.ComparisonTypeView assignComparisonType(String code, String agencyNumber, YearMonth from) {
        ComparisonType type = comparisonTypeOrFail(code == null ? "" : code.trim());
        String agency = agencyNumber == null ? "" : agencyNumber.trim();
        if (jobcenters.find(agency).isEmpty()) {
            throw new ValidationException("JOBCENTER_UNKNOWN", "agencyNumber", "Ein Jobcenter mit der Trägernummer „" + agency + "“ gibt es nicht.");
        }
        if (from == null) {
            throw new ValidationException("MONTH_MISSING", "from", "Bitte geben Sie an, ab welchem Monat die Zuordnung gilt (JJJJ-MM).");
        }
        if (!type.validIn(from)) {
            throw new ValidationException("OUTSIDE_VALIDITY", "from", "Der Vergleichstyp " + type.getCode() + " gilt im Monat " + from + " nicht.");
        }
        ComparisonMembership previous = null;
        ComparisonMembership next = null;
        for (ComparisonMembership m : repository.memberships(agency)) {
            if (m.getValidFrom().equals(from)) {
                throw new ValidationException("ASSIGNMENT_EXISTS", "from", "Das Jobcenter ist ab " + from
                        + " bereits dem Vergleichstyp " + m.getTypeCode() + " zugeordnet.");
            }
            if (m.getValidFrom().isBefore(from)) {
                previous = m;
            } else if (next == null) {
                next = m;
            }
        }
        if (previous != null && previous.getTypeCode().equals(type.getCode()) && previous.validIn(from)) {
            throw new ValidationException("ALREADY_ASSIGNED", "from", "Das Jobcenter gehört im Monat " + from + " bereits zum Vergleichstyp " + type.getCode() + ".");
        }
        if (previous != null && previous.validIn(from)) {
            previous.endBefore(from);
        }
        ComparisonMembership assignment = new ComparisonMembership(type.getCode(), agency, from);
        if (next != null) {
            assignment.endBefore(next.getValidFrom());
        }
        repository.add(assignment);
        repository.flush();
        return typeView(type, from);
    }

    @Override
    @Transactional
    @RequiresRole(Role.ADMIN)
    public ControllingViews.ComparisonTypeView removeAssignment(String code, String agencyNumber, YearMonth from) {
        ComparisonType type = comparisonTypeOrFail(code == null ? "" : code.trim());
        String agency = agencyNumber == null ? "" : agencyNumber.trim();
        List<ComparisonMembership> memberships = repository.memberships(agency);
        ComparisonMembership removed = memberships.stream()
                .filter(m -> m.getTypeCode().equals(type.getCode()) && m.getValidFrom().equals(from)).findFirst()
                .orElseThrow(() -> new NotFoundException("ASSIGNMENT_NOT_FOUND", "Das Jobcenter " + agency + " ist nicht ab " + from
                        + " dem Vergleichstyp " + type.getCode() + " zugeordnet."));
        memberships.stream().filter(m -> m.getValidTo() != null && m.getValidTo().equals(from.minusMonths(1))).findFirst()
                .ifPresent(previous -> previous.runUntil(removed.getValidTo()));
        repository.remove(removed);
        repository.flush();
        return typeView(type, from);
    }

    private ComparisonType comparisonTypeOrFail(String code) {
        return repository.comparisonType(code)
                .orElseThrow(() -> new NotFoundException("COMPARISON_TYPE_NOT_FOUND", "Einen Vergleichstyp „" + code + "“ gibt es nicht."));
    }

    private ControllingViews.ComparisonTypeView typeView(ComparisonType type, YearMonth asOf) {
        List<ControllingViews.ComparisonMember> members = repository.membershipsOf(type.getCode()).stream()
                .filter(m -> m.validIn(asOf))
                .map(m -> new ControllingViews.ComparisonMember(m.getAgencyNumber(), jobcenterName(m.getAgencyNumber()), m.getValidFrom(), m.getValidTo()))
                .toList();
        return new ControllingViews.ComparisonTypeView(type.getCode(), type.getName(), type.getValidFrom(), type.getValidTo(),
                type.getVersion(), members);
    }

    private String jobcenterName(String agency) {
        return jobcenters.find(agency).map(JobcenterView::name).orElse(agency);
    }

    @Override
    public ControllingViews.TargetTracking tracking(String agencyNumber, YearMonth month) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        List<KpiDefinition> catalogue = catalogue();
        KpiDefinition k2 = definition("K2", catalogue, month);
        KpiDefinition k3 = definition("K3", catalogue, month);
        YearMonth january = YearMonth.of(month.getYear(), 1);
        YearMonth from = january.minusMonths(Math.max(12, k2.denominatorLag()));
        // one read for the year so far and for the goals' Kennzahlen (which may look further back)
        YearMonth goalsFrom = month.minusMonths(KpiCatalogue.lookBackMonths(catalogue));
        MonthlyFigures figures = figures(agency, Gender.GESAMT, goalsFrom.isBefore(from) ? goalsFrom : from, month, null);
        var programme = planning.currentSteering(agency.value(), month.getYear()).orElse(null);
        BigDecimal soFar = YearToDate.integrationsSoFar(k2, figures, month);
        KpiResult jfw = YearToDate.integrationRate(k2, figures, month);
        BigDecimal forecast = YearToDate.forecastIntegrations(k2, figures, month);
        Integer planned = programme == null ? null : programme.targets().integrations();
        Integer plannedToDate = plannedToDate(programme, month);
        BigDecimal attainment = percent(soFar, plannedToDate);
        BigDecimal forecastAttainment = forecast == null || planned == null ? null : percent(forecast, planned);
        boolean annualAverage = programme == null || "ANNUAL_AVERAGE".equals(programme.targets().lzbBasis());
        KpiResult lzb = YearToDate.lzbChange(k3, figures, month, annualAverage);
        BigDecimal lzbTarget = programme == null ? null : programme.targets().lzbChangePercent();
        return new ControllingViews.TargetTracking(agency.value(), month.getYear(), month, planned,
                programme == null ? null : programme.targets().integrationRate(), soFar, plannedToDate, attainment,
                jfw.value(), jfw.notComputableReason(), forecast, forecastAttainment,
                light(forecastAttainment != null ? forecastAttainment : attainment, planned == null),
                lzbTarget, lzb.value(), annualAverage ? "ANNUAL_AVERAGE" : "DECEMBER_STOCK", lzbLight(lzbTarget, lzb.value()),
                programme == null ? List.of() : goals(catalogue, figures, month, programme.goals()),
                List.of(byGender(Gender.GESAMT, planned, plannedToDate, programme == null ? null : programme.targets().integrationRate(),
                                soFar, jfw, forecast, forecastAttainment, attainment),
                        byGender(agency, Gender.FRAUEN, k2, from, month, programme == null ? null : programme.targets().integrationsWomen(),
                                planned, plannedToDate),
                        byGender(agency, Gender.MAENNER, k2, from, month, programme == null ? null : programme.targets().integrationsMen(),
                                planned, plannedToDate)));
    }

    @Override
    public List<ControllingViews.PathPoint> trackingPath(String agencyNumber, YearMonth month) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        KpiDefinition k2 = definition("K2", catalogue(), month);
        YearMonth january = YearMonth.of(month.getYear(), 1);
        MonthlyFigures figures = figures(agency, Gender.GESAMT, january.minusMonths(Math.max(12, k2.denominatorLag())), month, null);
        var programme = planning.currentSteering(agency.value(), month.getYear()).orElse(null);
        List<ControllingViews.PathPoint> points = new ArrayList<>();
        for (YearMonth m = january; !m.isAfter(month); m = m.plusMonths(1)) {
            points.add(new ControllingViews.PathPoint(m, YearToDate.integrationsSoFar(k2, figures, m), plannedToDate(programme, m),
                    YearToDate.integrationRate(k2, figures, m).value()));
        }
        return points;
    }

    /** @return the integrations planned from January to the month: the target path's, else a twelfth of the target per month */
    private static Integer plannedToDate(de.leitstand.planning.api.ProgrammeView.Steering programme, YearMonth month) {
        Integer planned = programme == null ? null : programme.targets().integrations();
        if (planned == null) {
            return null;
        }
        List<Integer> path = programme.targetPath();
        return path.isEmpty() ? BigDecimal.valueOf(planned).multiply(BigDecimal.valueOf(month.getMonthValue()))
                .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).intValue()
                : path.subList(0, month.getMonthValue()).stream().mapToInt(Integer::intValue).sum();
    }

    private ControllingViews.GenderTracking byGender(Gender gender, Integer planned, Integer plannedToDate, BigDecimal plannedRate,
                                                     BigDecimal soFar, KpiResult jfw, BigDecimal forecast, BigDecimal forecastAttainment,
                                                     BigDecimal attainment) {
        return new ControllingViews.GenderTracking(gender.name(), planned, plannedRate, soFar, plannedToDate, attainment, jfw.value(),
                jfw.notComputableReason(), forecast, forecastAttainment, light(forecastAttainment != null ? forecastAttainment : attainment,
                planned == null));
    }

    /**
     * Women's or men's integrations against their planned number; the planned number to date follows the
     * total target path in proportion (planned for the gender × planned to date / planned in total).
     */
    private ControllingViews.GenderTracking byGender(AgencyNumber agency, Gender gender, KpiDefinition k2, YearMonth from, YearMonth month,
                                                     Integer planned, Integer plannedTotal, Integer plannedTotalToDate) {
        MonthlyFigures figures = figures(agency, gender, from, month, null);
        Integer plannedToDate = planned == null || plannedTotal == null || plannedTotal == 0 || plannedTotalToDate == null ? null
                : BigDecimal.valueOf(planned).multiply(BigDecimal.valueOf(plannedTotalToDate))
                        .divide(BigDecimal.valueOf(plannedTotal), 0, RoundingMode.HALF_UP).intValue();
        BigDecimal soFar = YearToDate.integrationsSoFar(k2, figures, month);
        BigDecimal forecast = YearToDate.forecastIntegrations(k2, figures, month);
        BigDecimal forecastAttainment = forecast == null || planned == null ? null : percent(forecast, planned);
        return byGender(gender, planned, plannedToDate, null, soFar, YearToDate.integrationRate(k2, figures, month), forecast,
                forecastAttainment, percent(soFar, plannedToDate));
    }

    /** The programme's goals that name a Kennzahl of the catalogue, each checked against its value in the month. */
    private List<ControllingViews.GoalTracking> goals(List<KpiDefinition> versions, MonthlyFigures figures, YearMonth month,
                                                      List<de.leitstand.planning.api.ProgrammeView.GoalView> goals) {
        List<KpiDefinition> catalogue = KpiCatalogue.validIn(versions, month);
        List<ControllingViews.GoalTracking> tracked = new ArrayList<>();
        for (var goal : goals) {
            KpiDefinition kpi = goal.kpiCode() == null ? null : catalogue.stream()
                    .filter(k -> k.code().equalsIgnoreCase(goal.kpiCode().trim())).findFirst().orElse(null);
            if (kpi == null) {
                continue;
            }
            KpiResult result = KpiCalculator.compute(kpi, figures, month);
            Boolean met = GoalCheck.met(goal.comparator(), result.value(), goal.targetNumber());
            String reason = result.isComputable() ? (met == null ? "Das Ziel hat keinen Vergleich mit Zielwert." : null)
                    : result.notComputableReason();
            tracked.add(new ControllingViews.GoalTracking(goal.title(), kpi.code(), goal.targetLabel(), result.value(), reason, met));
        }
        return tracked;
    }

    private static BigDecimal percent(BigDecimal part, Integer whole) {
        return whole == null || whole == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** GRUEN from the green threshold of attainment, GELB from the yellow one, else ROT. */
    String light(BigDecimal attainment, boolean noTarget) {
        if (noTarget) {
            return "KEIN_ZIEL";
        }
        if (attainment == null) {
            return "UNBEKANNT";
        }
        return attainment.compareTo(green) >= 0 ? "GRUEN" : attainment.compareTo(yellow) >= 0 ? "GELB" : "ROT";
    }

    /** The LZB target is a reduction: reaching (or beating) it is green, reaching 95 % of it yellow. */
    String lzbLight(BigDecimal target, BigDecimal actual) {
        if (target == null) {
            return "KEIN_ZIEL";
        }
        if (actual == null) {
            return "UNBEKANNT";
        }
        if (actual.compareTo(target) <= 0) {
            return "GRUEN";
        }
        return actual.compareTo(target.multiply(yellow).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP)) <= 0 ? "GELB" : "ROT";
    }

    private ControllingViews.KpiView view(KpiDefinition kpi, AgencyNumber agency, YearMonth month, Gender gender,
                                          MonthlyFigures figures) {
        KpiResult result = KpiCalculator.compute(kpi, figures, month);
        boolean meanOfRates = kpi.formulaType() == FormulaType.AVG12_OF_MONTHLY_RATES;
        return new ControllingViews.KpiView(kpi.code(), kpi.name(), kpi.formulaType().name(), kpi.targetDimension(),
                kpi.keyIndicator(), kpi.higherIsBetter(), agency.value(), month, gender.name(), result.value(),
                kpi.formulaType() == FormulaType.YOY_RATIO ? result.changePercent() : null, result.numerator(),
                result.denominator(),
                meanOfRates ? "Summe der zwölf Monatsquoten (%) aus " + kpi.numerator().germanName() : kpi.numerator().germanName(),
                meanOfRates ? "Anzahl der Monate; Monatsquote = " + kpi.numerator().germanName() + " / " + kpi.denominator().germanName()
                        + (kpi.denominatorLag() > 0 ? " des Vormonats" : "") : kpi.denominator().germanName(),
                result.notComputableReason(), kpi.numerator().name(), kpi.denominator().name(), kpi.source(),
                result.monthlyRates().stream().map(r -> new ControllingViews.MonthlyRateView(r.month(), r.numerator(),
                        r.denominatorMonth(), r.denominator(), r.ratePercent())).toList());
    }

    /** The figures, read once per request where there is one ({@link RequestFigures}). */
    private MonthlyFigures figures(AgencyNumber agency, Gender gender, YearMonth from, YearMonth to, YearMonth vintage) {
        return inRequest() ? requestFigures.figures(agency, gender, from, to, vintage) : repository.figures(agency, gender, from, to, vintage);
    }

    private List<KpiDefinition> catalogue() {
        return inRequest() ? requestFigures.catalogue() : repository.catalogue();
    }

    private void forgetFigures() {
        if (inRequest()) {
            requestFigures.forget();
        }
    }

    private boolean inRequest() {
        try {
            return beans.getContext(jakarta.enterprise.context.RequestScoped.class).isActive();
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return false;
        }
    }

    /** Published statistics: any Jobcenter's Kennzahlen may be read; without a number, the caller's own. */
    private AgencyNumber agency(String agencyNumber) {
        if (agencyNumber != null && !agencyNumber.isBlank()) {
            AgencyNumber agency = AgencyNumber.of(agencyNumber);
            if (jobcenters.find(agency.value()).isEmpty()) {
                throw new NotFoundException("JOBCENTER_NOT_FOUND", "Es gibt kein Jobcenter mit der Träger-Nummer „" + agencyNumber + "“.");
            }
            return agency;
        }
        return tenancy.resolve(null);
    }

    /**
     * @return the version of the code valid in the month; a version of another period when none is (the
     *         calculation then says "nicht definiert")
     */
    private static KpiDefinition definition(String code, List<KpiDefinition> catalogue, YearMonth month) {
        String trimmed = code == null ? "" : code.trim();
        return KpiCatalogue.definitionFor(catalogue, trimmed, month)
                .or(() -> catalogue.stream().filter(k -> k.code().equalsIgnoreCase(trimmed)).findFirst())
                .orElseThrow(() -> new NotFoundException("KPI_NOT_FOUND", "Eine Kennzahl „" + code + "“ gibt es nicht."));
    }

    private static Gender gender(String gender) {
        if (gender == null || gender.isBlank()) {
            return Gender.GESAMT;
        }
        try {
            return Gender.valueOf(gender.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("GENDER_INVALID", "gender", "Das Geschlecht muss GESAMT, FRAUEN oder MAENNER sein.");
        }
    }
}
