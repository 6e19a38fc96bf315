package de.leitstand.controlling.application;

import de.leitstand.controlling.domain.ControllingSources;
import de.leitstand.controlling.api.StructureApi;
import de.leitstand.controlling.api.StructureViews;
import de.leitstand.controlling.domain.StructureFigure;
import de.leitstand.controlling.domain.StructureRepository;
import de.leitstand.controlling.domain.StructureRow;
import de.leitstand.controlling.domain.StructureFileReader;
import de.leitstand.controlling.domain.StructureRules;
import de.leitstand.controlling.domain.StructureTables;
import de.leitstand.controlling.domain.StructureValue;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.JobcenterDirectory;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

@ApplicationScoped
public class StructureService implements StructureApi {

    private static final int MAX_YEARS = 30;

    @Inject
    StructureRepository repository;

    @Inject
    Tenancy tenancy;

    @Inject
    Caller caller;

    @Inject
    JobcenterDirectory jobcenters;

    @Inject
    StructureFileReader reader;

    @Override
    public List<StructureViews.FigureView> figures() {
        return Arrays.stream(StructureFigure.values())
                .map(f -> new StructureViews.FigureView(f.name(), f.germanName(), f.categories(), f.ageGroups(), f.isRate())).toList();
    }

    @Override
    @Transactional
    @RequiresRole(Role.CONTROLLING)
    public StructureViews.ImportResult importFigures(byte[] csv, YearMonth vintage) {
        List<StructureRow> rows = reader.read(csv, a -> jobcenters.find(a).isPresent(), a -> tenancy.mayAccess(new AgencyNumber(a)),
                vintage == null ? YearMonth.now() : vintage);
        return store(rows, ControllingSources.IMPORTED);
    }

    @Override
    @Transactional
    @RequiresRole(Role.CONTROLLING)
    public StructureViews.ImportResult enter(String agencyNumber, String figure, String period, String category, String ageGroup,
                                             BigDecimal value, YearMonth vintage) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        StructureFigure parsed = figure(figure);
        String cat = category == null || category.isBlank() ? (parsed.categories().size() == 1 ? parsed.categories().get(0) : "")
                : category.trim().toUpperCase(Locale.ROOT);
        String age = ageGroup == null || ageGroup.isBlank() ? (parsed.byAge() ? "" : StructureFigure.ALL_AGES)
                : ageGroup.trim().toUpperCase(Locale.ROOT);
        if (value == null) {
            throw new ValidationException("VALUE_MISSING", "value", Text.of("controlling.VALUE_MISSING.2"));
        }
        Text problem = StructureRules.check(parsed, period == null ? null : period.trim(), cat, age, value);
        if (problem != null) {
            throw new ValidationException("VALUE_INVALID", "value", Text.of("controlling.SENTENCE", problem.capitalized()));
        }
        return store(List.of(new StructureRow(0, agency.value(), parsed, period.trim(), cat, age,
                vintage == null ? YearMonth.now() : vintage, value)), ControllingSources.ENTERED);
    }

    private StructureViews.ImportResult store(List<StructureRow> rows, String source) {
        int stored = repository.store(rows, source);
        repository.flush();
        return new StructureViews.ImportResult(stored, rows.stream().map(StructureRow::agencyNumber).distinct().sorted().toList(),
                rows.stream().map(StructureRow::period).distinct().sorted().toList());
    }

    @Override
    public List<String> periods(String agencyNumber, String figure) {
        return repository.periods(agency(agencyNumber), figure(figure));
    }

    @Override
    public StructureViews.Table prognosis(String agencyNumber, String period) {
        AgencyNumber agency = agency(agencyNumber);
        String checked = period(period);
        List<StructureValue> values = repository.latest(agency, StructureFigure.ELB_IP, List.of(checked));
        Map<String, BigDecimal> cells = new HashMap<>();
        values.forEach(v -> cells.put(v.getCategory() + "|" + v.getAgeGroup(), v.getValue()));
        return table(agency, StructureFigure.ELB_IP, checked, null, StructureTables.prognosis(cells), values);
    }

    @Override
    public StructureViews.Table employment(String agencyNumber, YearMonth month) {
        AgencyNumber agency = agency(agencyNumber);
        String current = month.toString();
        String previous = month.minusYears(1).toString();
        List<StructureValue> values = repository.latest(agency, StructureFigure.EWT, List.of(current, previous));
        Map<String, BigDecimal> now = new HashMap<>();
        Map<String, BigDecimal> before = new HashMap<>();
        values.forEach(v -> (v.getPeriod().equals(current) ? now : before).put(v.getCategory(), v.getValue()));
        return table(agency, StructureFigure.EWT, current, previous, StructureTables.employment(now, before), values);
    }

    @Override
    public StructureViews.Table unemployment(String agencyNumber, YearMonth month) {
        AgencyNumber agency = agency(agencyNumber);
        String period = month.toString();
        List<StructureValue> unemployed = repository.latest(agency, StructureFigure.ALO, List.of(period));
        List<StructureValue> rates = repository.latest(agency, StructureFigure.ALQ, List.of(period));
        Map<String, BigDecimal> alo = new HashMap<>();
        unemployed.forEach(v -> alo.put(v.getCategory(), v.getValue()));
        Map<String, BigDecimal> alq = new HashMap<>();
        rates.forEach(v -> alq.put(v.getCategory(), v.getValue()));
        List<StructureTables.Row> rows = new ArrayList<>();
        for (String category : StructureFigure.ALO.categories()) {
            BigDecimal value = alo.get(category);
            rows.add(new StructureTables.Row(category, "Arbeitslose " + StructureFigure.label(category), value,
                    "GESAMT".equals(category) ? null : StructureTables.percent(value, alo.get("GESAMT")), null, null, Map.of()));
        }
        for (String category : StructureFigure.ALQ.categories()) {
            rows.add(new StructureTables.Row("ALQ_" + category, "SGB II-Arbeitslosenquote " + StructureFigure.label(category) + " (%)",
                    alq.get(category), null, null, null, Map.of()));
        }
        List<StructureValue> all = new ArrayList<>(unemployed);
        all.addAll(rates);
        return table(agency, StructureFigure.ALO, period, null, rows, all);
    }

    @Override
    public List<StructureViews.AnnualAverage> annualAverages(String agencyNumber, int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw new ValidationException("PERIOD_INVALID", "to", Text.of("controlling.PERIOD_INVALID.2", toYear, fromYear));
        }
        if (toYear - fromYear >= MAX_YEARS) {
            throw new ValidationException("PERIOD_TOO_LONG", "from", Text.of("controlling.PERIOD_TOO_LONG.2", MAX_YEARS));
        }
        AgencyNumber agency = agency(agencyNumber);
        List<String> years = IntStream.rangeClosed(fromYear, toYear).mapToObj(String::valueOf).toList();
        Map<String, BigDecimal> elb = new HashMap<>();
        repository.latest(agency, StructureFigure.ELB, years).forEach(v -> elb.put(v.getPeriod(), v.getValue()));
        Map<String, BigDecimal> bg = new HashMap<>();
        repository.latest(agency, StructureFigure.BG, years).forEach(v -> bg.put(v.getPeriod(), v.getValue()));
        return years.stream().map(y -> new StructureViews.AnnualAverage(Integer.parseInt(y), elb.get(y), bg.get(y))).toList();
    }

    @Override
    public List<StructureViews.StoredValue> values(String agencyNumber, String period) {
        AgencyNumber agency = agency(agencyNumber);
        List<StructureViews.StoredValue> views = new ArrayList<>();
        String previousKey = null;
        for (StructureValue v : repository.values(agency, period(period))) {
            views.add(new StructureViews.StoredValue(v.getFigure().name(), v.getCategory(), v.getAgeGroup(), v.getVintage(), v.getValue(),
                    v.getSource(), !v.key().equals(previousKey)));
            previousKey = v.key();
        }
        return views;
    }

    @Override
    public StructureViews.Table byLegalSphere(String agencyNumber, String figureCode, YearMonth month) {
        AgencyNumber agency = agency(agencyNumber);
        StructureFigure figure = figure(figureCode);
        if (!figure.ageGroups().equals(StructureFigure.LEGAL_SPHERES)) {
            throw new ValidationException("FIGURE_NOT_BY_LEGAL_SPHERE", "figure", Text.of("controlling.FIGURE_NOT_BY_LEGAL_SPHERE", figure));
        }
        List<StructureValue> values = repository.latest(agency, figure, List.of(month.toString()));
        List<StructureTables.Row> rows = new ArrayList<>();
        for (String category : figure.categories()) {
            Map<String, BigDecimal> spheres = new LinkedHashMap<>();
            for (String sphere : StructureFigure.LEGAL_SPHERES) {
                spheres.put(sphere, values.stream().filter(v -> v.getCategory().equals(category) && v.getAgeGroup().equals(sphere))
                        .map(StructureValue::getValue).findFirst().orElse(null));
            }
            rows.add(new StructureTables.Row(category, StructureFigure.label(category), spheres.get("SGB2"), null, null, null, spheres));
        }
        return table(agency, figure, month.toString(), null, rows, values);
    }

    @Override
    public StructureViews.Table industries(String agencyNumber, YearMonth month) {
        AgencyNumber agency = agency(agencyNumber);
        String current = month.toString();
        String previous = month.minusYears(1).toString();
        List<StructureValue> values = repository.latest(agency, StructureFigure.SVB_WZ, List.of(current, previous));
        List<StructureTables.Row> rows = new ArrayList<>();
        for (String category : StructureFigure.SVB_WZ.categories()) {
            BigDecimal now = values.stream().filter(v -> v.getPeriod().equals(current) && v.getCategory().equals(category))
                    .map(StructureValue::getValue).findFirst().orElse(null);
            BigDecimal before = values.stream().filter(v -> v.getPeriod().equals(previous) && v.getCategory().equals(category))
                    .map(StructureValue::getValue).findFirst().orElse(null);
            BigDecimal change = now == null || before == null ? null : now.subtract(before);
            rows.add(new StructureTables.Row(category, StructureFigure.label(category), change, null, change,
                    StructureTables.percent(change, before), Map.of()));
        }
        return table(agency, StructureFigure.SVB_WZ, current, previous, rows, values);
    }

    private static StructureViews.Table table(AgencyNumber agency, StructureFigure figure, String period, String comparedWith,
                                              List<StructureTables.Row> rows, Collection<StructureValue> inputs) {
        boolean complete = rows.stream().allMatch(r -> r.value() != null);
        List<YearMonth> vintages = inputs.stream().map(StructureValue::getVintage).distinct().sorted().toList();
        List<String> sources = inputs.stream().map(StructureValue::getSource).filter(Objects::nonNull).distinct().sorted().toList();
        return new StructureViews.Table(agency.value(), figure.name(), figure.germanName(), period, comparedWith,
                rows.stream().map(r -> new StructureViews.Row(r.code(), r.label(), r.value(), r.share(), r.changeAbsolute(),
                        r.changePercent(), new LinkedHashMap<>(r.byAge()))).toList(), complete, vintages, sources);
    }

    private static String period(String period) {
        String p = period == null ? "" : period.trim();
        if (!p.matches("\\d{4}|\\d{4}-(0[1-9]|1[0-2])")) {
            throw new ValidationException("PERIOD_INVALID", "period", Text.of("controlling.PERIOD_INVALID.3", period));
        }
        return p;
    }

    private static StructureFigure figure(String code) {
        try {
            return StructureFigure.valueOf(code == null ? "" : code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("FIGURE_UNKNOWN", "figure", Text.of("controlling.FIGURE_UNKNOWN", code, String.join(", ", Arrays.stream(StructureFigure.values()).map(Enum::name).toList())));
        }
    }

    /**
     * Structure figures are entered or imported by the Jobcenter itself: like the basis values they stay with
     * the own Jobcenter (and national roles); without a number, the caller's own.
     */
    private AgencyNumber agency(String agencyNumber) {
        return tenancy.resolve(agencyNumber);
    }
}
