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
        BigDecimal soFar = YearToDate.integrationsSoFar(k2, figures, month);
        KpiResult jfw = YearToDate.integrationRate(k2, figures, month);
        BigDecimal forecast = YearToDate.forecastIntegrations(k2, figures, month);
        Integer planned = programme == null ? null : programme.targets().integrations();
        Integer plannedToDate = null;
        if (planned != null) {
            List<Integer> path = programme.targetPath();
            plannedToDate = path.isEmpty() ? BigDecimal.valueOf(planned).multiply(BigDecimal.valueOf(month.getMonthValue()))
                    .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).intValue()
                    : path.subList(0, month.getMonthValue()).stream().mapToInt(Integer::intValue).sum();
        }
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
                programme == null ? List.of() : goals(agency, month, programme.goals()),
                List.of(byGender(Gender.GESAMT, planned, plannedToDate, programme == null ? null : programme.targets().integrationRate(),
                                soFar, jfw, forecast, forecastAttainment, attainment),
                        byGender(agency, Gender.FRAUEN, k2, from, month, programme == null ? null : programme.targets().integrationsWomen(),
                                planned, plannedToDate),
                        byGender(agency, Gender.MAENNER, k2, from, month, programme == null ? null : programme.targets().integrationsMen(),
                                planned, plannedToDate)));
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
        MonthlyFigures figures = repository.figures(agency, gender, from, month, null);
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
}
