package de.leitstand.controlling.application;

import de.leitstand.kernel.api.Text;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.GoalCheck;
import de.leitstand.controlling.domain.KpiCalculator;
import de.leitstand.controlling.domain.KpiCatalogue;
import de.leitstand.controlling.domain.KpiDefinition;
import de.leitstand.controlling.domain.KpiResult;
import de.leitstand.controlling.domain.MonthlyFigures;
import de.leitstand.controlling.domain.TargetTracker;
import de.leitstand.controlling.domain.YearToDate;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.planning.api.ProgrammePlanning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Use case: target tracking (Zielnachhaltung) of a Jobcenter in a month: integrations since January
 * against the programme's target path, the Jahresfortschrittswert, the forecast, the LZB change, the
 * goals that name a Kennzahl, and the traffic lights (thresholds configurable).
 */
@ApplicationScoped
public class TargetTrackingService {

    @Inject
    ControllingRepository repository;

    @Inject
    Tenancy tenancy;

    @Inject
    ProgrammePlanning planning;

    @Inject
    FigureReads reads;

    @Inject
    @ConfigProperty(name = "leitstand.controlling.traffic-light.green", defaultValue = "100")
    BigDecimal green;

    @Inject
    @ConfigProperty(name = "leitstand.controlling.traffic-light.yellow", defaultValue = "95")
    BigDecimal yellow;

    public ControllingViews.TargetTracking tracking(String agencyNumber, YearMonth month) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        List<KpiDefinition> catalogue = reads.catalogue();
        KpiDefinition k2 = ControllingService.definition("K2", catalogue, month);
        KpiDefinition k3 = ControllingService.definition("K3", catalogue, month);
        YearMonth january = YearMonth.of(month.getYear(), 1);
        YearMonth from = january.minusMonths(Math.max(12, k2.denominatorLag()));
        // one read for the year so far and for the goals' Kennzahlen (which may look further back)
        YearMonth goalsFrom = month.minusMonths(KpiCatalogue.lookBackMonths(catalogue));
        MonthlyFigures figures = reads.figures(agency, Gender.GESAMT, goalsFrom.isBefore(from) ? goalsFrom : from, month, null);
        var programme = reads.programme(agency, month.getYear(), () -> planning.currentSteering(agency.value(), month.getYear())).orElse(null);
        var targets = programme == null ? null : programme.targets();
        Integer planned = targets == null ? null : targets.integrations();
        TargetTracker tracker = new TargetTracker(green, yellow);
        TargetTracker.Share share = share(programme, month);
        TargetTracker.Tracked total = tracker.track(k2, figures, month, planned, targets == null ? null : targets.integrationRate(), share);
        TargetTracker.Tracked women = tracker.track(k2, reads.figures(agency, Gender.FRAUEN, from, month, null), month,
                targets == null ? null : targets.integrationsWomen(), targets == null ? null : targets.integrationRateWomen(), share);
        TargetTracker.Tracked men = tracker.track(k2, reads.figures(agency, Gender.MAENNER, from, month, null), month,
                targets == null ? null : targets.integrationsMen(), targets == null ? null : targets.integrationRateMen(), share);
        boolean annualAverage = targets == null || "ANNUAL_AVERAGE".equals(targets.lzbBasis());
        KpiResult lzb = YearToDate.lzbChange(k3, figures, month, annualAverage);
        BigDecimal lzbTarget = targets == null ? null : targets.lzbChangePercent();
        return new ControllingViews.TargetTracking(agency.value(), month.getYear(), month, planned,
                total.plannedRate(), total.integrationsSoFar(), total.plannedToDate(), total.attainmentPercent(),
                total.yearToDate().value(), total.yearToDate().notComputableReason(), total.forecastIntegrations(),
                total.forecastAttainmentPercent(), total.trafficLight(),
                lzbTarget, lzb.value(), annualAverage ? "ANNUAL_AVERAGE" : "DECEMBER_STOCK", lzbLight(lzbTarget, lzb.value()),
                programme == null ? List.of() : goals(catalogue, figures, month, programme.goals()),
                List.of(byGender(Gender.GESAMT, total), byGender(Gender.FRAUEN, women), byGender(Gender.MAENNER, men)));
    }

    /**
     * The year's target path month by month: integrations since January, planned to date and the
     * Jahresfortschrittswert — one read of the figures and of the programme for the whole year.
     */
    public List<ControllingViews.PathPoint> trackingPath(String agencyNumber, YearMonth month) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        KpiDefinition k2 = ControllingService.definition("K2", reads.catalogue(), month);
        YearMonth january = YearMonth.of(month.getYear(), 1);
        MonthlyFigures figures = reads.figures(agency, Gender.GESAMT, january.minusMonths(Math.max(12, k2.denominatorLag())), month, null);
        var programme = reads.programme(agency, month.getYear(), () -> planning.currentSteering(agency.value(), month.getYear())).orElse(null);
        Integer planned = programme == null ? null : programme.targets().integrations();
        List<ControllingViews.PathPoint> points = new ArrayList<>();
        for (YearMonth m = january; !m.isAfter(month); m = m.plusMonths(1)) {
            points.add(new ControllingViews.PathPoint(m, YearToDate.integrationsSoFar(k2, figures, m),
                    planned == null ? null : share(programme, m).of(planned), YearToDate.integrationRate(k2, figures, m).value()));
        }
        return points;
    }

    /** The share of the year's target due by the month: the target path's, else a twelfth per month. */
    private static TargetTracker.Share share(de.leitstand.planning.api.ProgrammeView.Steering programme, YearMonth month) {
        Integer planned = programme == null ? null : programme.targets().integrations();
        if (planned != null && planned > 0 && !programme.targetPath().isEmpty()) {
            return new TargetTracker.Share(programme.targetPath().subList(0, month.getMonthValue()).stream()
                    .mapToInt(Integer::intValue).sum(), planned);
        }
        return TargetTracker.Share.evenly(month);
    }

    private static ControllingViews.GenderTracking byGender(Gender gender, TargetTracker.Tracked t) {
        return new ControllingViews.GenderTracking(gender.name(), t.plannedIntegrations(), t.plannedRate(), t.integrationsSoFar(),
                t.plannedToDate(), t.attainmentPercent(), t.yearToDate().value(), t.yearToDate().notComputableReason(),
                t.plannedRateToDate(), t.forecastIntegrations(), t.forecastRate(), t.forecastAttainmentPercent(),
                t.judgedBy().name(), t.trafficLight());
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
            Text reason = result.isComputable() ? (met == null ? Text.of("controlling.GOAL_NO_COMPARISON") : null)
                    : result.notComputableReason();
            tracked.add(new ControllingViews.GoalTracking(goal.title(), kpi.code(), goal.targetLabel(), result.value(), reason, met));
        }
        return tracked;
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
}
