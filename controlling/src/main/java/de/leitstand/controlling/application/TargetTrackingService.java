package de.leitstand.controlling.application;

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
    @ConfigProperty(name = "leitstand.controlling.traffic-light.green", defaultValue = "100")
    BigDecimal green;

    @Inject
    @ConfigProperty(name = "leitstand.controlling.traffic-light.yellow", defaultValue = "95")
    BigDecimal yellow;

    public ControllingViews.TargetTracking tracking(String agencyNumber, YearMonth month) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        List<KpiDefinition> catalogue = repository.catalogue();
        KpiDefinition k2 = ControllingService.definition("K2", catalogue, month);
        KpiDefinition k3 = ControllingService.definition("K3", catalogue, month);
        YearMonth january = YearMonth.of(month.getYear(), 1);
        YearMonth from = january.minusMonths(Math.max(12, k2.denominatorLag()));
        MonthlyFigures figures = repository.figures(agency, Gender.GESAMT, from, month, null);
        var programme = planning.current(agency.value(), month.getYear()).orElse(null);
        var targets = programme == null ? null : programme.targets();
        Integer planned = targets == null ? null : targets.integrations();
        TargetTracker tracker = new TargetTracker(green, yellow);
        TargetTracker.Share share = TargetTracker.Share.evenly(month);
        if (planned != null && planned > 0 && !programme.targetPath().isEmpty()) {
            share = new TargetTracker.Share(programme.targetPath().subList(0, month.getMonthValue()).stream()
                    .mapToInt(Integer::intValue).sum(), planned);
        }
        TargetTracker.Tracked total = tracker.track(k2, figures, month, planned, targets == null ? null : targets.integrationRate(), share);
        TargetTracker.Tracked women = tracker.track(k2, repository.figures(agency, Gender.FRAUEN, from, month, null), month,
                targets == null ? null : targets.integrationsWomen(), targets == null ? null : targets.integrationRateWomen(), share);
        TargetTracker.Tracked men = tracker.track(k2, repository.figures(agency, Gender.MAENNER, from, month, null), month,
                targets == null ? null : targets.integrationsMen(), targets == null ? null : targets.integrationRateMen(), share);
        boolean annualAverage = targets == null || "ANNUAL_AVERAGE".equals(targets.lzbBasis());
        KpiResult lzb = YearToDate.lzbChange(k3, figures, month, annualAverage);
        BigDecimal lzbTarget = targets == null ? null : targets.lzbChangePercent();
        return new ControllingViews.TargetTracking(agency.value(), month.getYear(), month, planned,
                total.plannedRate(), total.integrationsSoFar(), total.plannedToDate(), total.attainmentPercent(),
                total.yearToDate().value(), total.yearToDate().notComputableReason(), total.forecastIntegrations(),
                total.forecastAttainmentPercent(), total.trafficLight(),
                lzbTarget, lzb.value(), annualAverage ? "ANNUAL_AVERAGE" : "DECEMBER_STOCK", lzbLight(lzbTarget, lzb.value()),
                programme == null ? List.of() : goals(agency, month, programme.goals()),
                List.of(byGender(Gender.GESAMT, total), byGender(Gender.FRAUEN, women), byGender(Gender.MAENNER, men)));
    }

    private static ControllingViews.GenderTracking byGender(Gender gender, TargetTracker.Tracked t) {
        return new ControllingViews.GenderTracking(gender.name(), t.plannedIntegrations(), t.plannedRate(), t.integrationsSoFar(),
                t.plannedToDate(), t.attainmentPercent(), t.yearToDate().value(), t.yearToDate().notComputableReason(),
                t.plannedRateToDate(), t.forecastIntegrations(), t.forecastRate(), t.forecastAttainmentPercent(),
                t.judgedBy().name(), t.trafficLight());
    }

    /** The programme's goals that name a Kennzahl of the catalogue, each checked against its value in the month. */
    private List<ControllingViews.GoalTracking> goals(AgencyNumber agency, YearMonth month,
                                                      List<de.leitstand.planning.api.ProgrammeView.GoalView> goals) {
        List<KpiDefinition> versions = repository.catalogue();
        List<KpiDefinition> catalogue = KpiCatalogue.validIn(versions, month);
        MonthlyFigures figures = null;
        List<ControllingViews.GoalTracking> tracked = new ArrayList<>();
        for (var goal : goals) {
            KpiDefinition kpi = goal.kpiCode() == null ? null : catalogue.stream()
                    .filter(k -> k.code().equalsIgnoreCase(goal.kpiCode().trim())).findFirst().orElse(null);
            if (kpi == null) {
                continue;
            }
            if (figures == null) {
                figures = repository.figures(agency, Gender.GESAMT, month.minusMonths(KpiCatalogue.lookBackMonths(versions)), month, null);
            }
            KpiResult result = KpiCalculator.compute(kpi, figures, month);
            Boolean met = GoalCheck.met(goal.comparator(), result.value(), goal.targetNumber());
            String reason = result.isComputable() ? (met == null ? "Das Ziel hat keinen Vergleich mit Zielwert." : null)
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
