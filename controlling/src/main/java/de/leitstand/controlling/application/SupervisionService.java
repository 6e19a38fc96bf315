package de.leitstand.controlling.application;

import de.leitstand.controlling.api.SupervisionApi;
import de.leitstand.controlling.api.SupervisionViews;
import de.leitstand.controlling.domain.AuditArea;
import de.leitstand.controlling.domain.AuditCase;
import de.leitstand.controlling.domain.AuditPlanLine;
import de.leitstand.controlling.domain.ErrorRates;
import de.leitstand.controlling.domain.SupervisionRepository;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.kernel.api.InputValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@RequiresRole({Role.FACHAUFSICHT, Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING, Role.GREMIUM, Role.ADMIN})
public class SupervisionService implements SupervisionApi {

    @Inject
    SupervisionRepository repository;

    @Inject
    Tenancy tenancy;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @Inject
    FindingsAndActions findingsAndActions;

    @Override
    public List<SupervisionViews.AreaView> areas(String agencyNumber) {
        return repository.areas(tenancy.resolve(agencyNumber)).stream().map(SupervisionService::view).toList();
    }

    @Override
    @Transactional
    @RequiresRole(Role.FACHAUFSICHT)
    public SupervisionViews.AreaView saveArea(String agencyNumber, SupervisionViews.AreaChange change) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        validation.check(change, "AREA_INVALID");
        String code = change.code().trim().toUpperCase(Locale.ROOT);
        boolean active = change.active() == null || change.active();
        AuditArea area;
        if (change.id() == null) {
            if (repository.areas(agency).stream().anyMatch(a -> a.getCode().equals(code))) {
                throw new ValidationException("AREA_EXISTS", "code", Text.of("controlling.AREA_EXISTS", code));
            }
            area = new AuditArea(agency, code, change.name().trim(), change.errorThreshold());
            area.change(change.name().trim(), change.errorThreshold(), active);
            repository.add(area);
        } else {
            area = area(agency, change.id());
            ConflictException.requireVersion(change.version(), area.getVersion());
            area.change(change.name().trim(), change.errorThreshold(), active);
        }
        repository.flush();
        return view(area);
    }

    @Override
    public List<SupervisionViews.PlanLineView> plan(String agencyNumber, int year) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        Map<Long, AuditArea> areas = areasById(agency);
        return repository.plan(agency, year).stream().map(p -> view(p, areas.get(p.getAreaId()))).toList();
    }

    @Override
    @Transactional
    @RequiresRole(Role.FACHAUFSICHT)
    public SupervisionViews.PlanLineView savePlanLine(String agencyNumber, int year, SupervisionViews.PlanLineChange change) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        if (year < 2005 || year > 2100) {
            throw new ValidationException("YEAR_INVALID", "year", Text.of("controlling.YEAR_INVALID"));
        }
        validation.check(change, "PLAN_INVALID");
        AuditArea area = area(agency, change.areaId());
        String rationale = blankToNull(change.rationale());
        AuditPlanLine line = repository.planLine(agency, year, area.getId()).orElse(null);
        if (line == null) {
            line = new AuditPlanLine(agency, year, area.getId(), change.riskScore(), change.minCasesPerMonth(), rationale);
            repository.add(line);
        } else {
            ConflictException.requireVersion(change.version(), line.getVersion());
            line.change(change.riskScore(), change.minCasesPerMonth(), rationale);
        }
        repository.flush();
        return view(line, area);
    }

    @Override
    @Transactional
    @RequiresRole(Role.FACHAUFSICHT)
    public SupervisionViews.CaseView recordCase(String agencyNumber, SupervisionViews.NewCase audited) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        validation.check(audited, "CASE_INVALID");
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (audited.date().isAfter(LocalDate.now())) {
            errors.add(new ValidationException.FieldError("date", Text.of("controlling.AUDIT_DATE_FUTURE", audited.date())));
        }
        if (audited.faulty() && blankToNull(audited.errorType()) == null) {
            errors.add(new ValidationException.FieldError("errorType", Text.of("controlling.ERROR_KIND_MISSING")));
        }
        if (!audited.faulty() && (blankToNull(audited.errorType()) != null
                || audited.financialImpact() != null && audited.financialImpact().signum() != 0)) {
            errors.add(new ValidationException.FieldError("faulty",
                    Text.of("controlling.NO_ERROR_NO_KIND")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException("CASE_INVALID", errors);
        }
        AuditArea area = area(agency, audited.areaId());
        AuditCase entity = new AuditCase(agency, audited.date(), area.getId(), audited.team().trim(), audited.auditor().trim(),
                audited.caseReference().trim().toUpperCase(Locale.ROOT), audited.faulty(), blankToNull(audited.errorType()),
                audited.financialImpact(), caller.username());
        repository.add(entity);
        repository.flush();
        return view(entity, area);
    }

    @Override
    public List<SupervisionViews.CaseView> cases(String agencyNumber, YearMonth month) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        Map<Long, AuditArea> areas = areasById(agency);
        return repository.cases(agency, month.atDay(1), month.atEndOfMonth()).stream().map(c -> view(c, areas.get(c.getAreaId()))).toList();
    }

    @Override
    public SupervisionViews.Overview overview(String agencyNumber, YearMonth month) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        List<AuditArea> areas = repository.areas(agency);
        Map<Long, AuditPlanLine> plan = repository.plan(agency, month.getYear()).stream()
                .collect(Collectors.toMap(AuditPlanLine::getAreaId, Function.identity()));
        List<SupervisionRepository.CaseOutcome> cases = repository.caseOutcomes(agency, LocalDate.of(month.getYear(), 1, 1), month.atEndOfMonth());
        List<SupervisionViews.AreaRates> rates = new ArrayList<>();
        List<Text> alerts = new ArrayList<>();
        for (AuditArea area : areas) {
            AuditPlanLine line = plan.get(area.getId());
            List<SupervisionRepository.CaseOutcome> ofArea = cases.stream().filter(c -> c.areaId().equals(area.getId())).toList();
            if (!area.isActive() && line == null && ofArea.isEmpty()) {
                continue;
            }
            ErrorRates er = ErrorRates.of(ofArea.stream().map(c -> new ErrorRates.Outcome(c.date(), c.faulty())).toList(), month);
            BigDecimal average = er.annualAverage();
            boolean exceeded = er.exceeds(area.getErrorThreshold());
            Integer minimum = line == null ? null : line.getMinCasesPerMonth();
            BigDecimal density = minimum == null ? null : er.densityPercent(minimum);
            boolean densityMissed = density != null && density.compareTo(BigDecimal.valueOf(100)) < 0;
            if (exceeded) {
                alerts.add(Text.of("controlling.ALERT_ERROR_RATE", area.getName(), german(average), german(area.getErrorThreshold())));
            }
            if (densityMissed) {
                alerts.add(Text.of("controlling.ALERT_DENSITY", area.getName(), er.auditedSoFar(), minimum * month.getMonthValue(),
                        german(density)));
            }
            BigDecimal impact = ofArea.stream().map(SupervisionRepository.CaseOutcome::financialImpact).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            ErrorRates.Month current = er.current();
            rates.add(new SupervisionViews.AreaRates(area.getId(), area.getCode(), area.getName(), area.getErrorThreshold(),
                    line == null ? null : line.getRiskScore(), minimum, current.audited(), current.faulty(), scale(current.rate()),
                    scale(average), er.auditedSoFar(), er.faultySoFar(), minimum == null ? null : minimum * month.getMonthValue(),
                    density, impact, exceeded, densityMissed,
                    er.months().stream().map(m -> new SupervisionViews.MonthRate(m.month(), m.audited(), m.faulty(), scale(m.rate()))).toList()));
        }
        List<SupervisionViews.ActionView> overdue = findingsAndActions.overdue(agency);
        if (!overdue.isEmpty()) {
            alerts.add(overdue.size() == 1 ? Text.of("controlling.ALERT_OVERDUE_ONE") : Text.of("controlling.ALERT_OVERDUE", overdue.size()));
        }
        return new SupervisionViews.Overview(agency.value(), month, rates, alerts, overdue);
    }

    @Override
    public List<SupervisionViews.FindingView> findings(String agencyNumber) {
        return findingsAndActions.findings(agencyNumber);
    }

    @Override
    @RequiresRole(Role.FACHAUFSICHT) // the same role as the use case it delegates to, checked first
    public SupervisionViews.FindingView addFinding(String agencyNumber, SupervisionViews.NewFinding finding) {
        return findingsAndActions.addFinding(agencyNumber, finding);
    }

    @Override
    @RequiresRole(Role.FACHAUFSICHT) // the same role as the use case it delegates to, checked first
    public SupervisionViews.ActionView addAction(Long findingId, SupervisionViews.NewAction action) {
        return findingsAndActions.addAction(findingId, action);
    }

    @Override
    @RequiresRole(Role.FACHAUFSICHT) // the same role as the use case it delegates to, checked first
    public SupervisionViews.ActionView reportDone(Long actionId, Long version) {
        return findingsAndActions.reportDone(actionId, version);
    }

    @Override
    @RequiresRole(Role.FACHAUFSICHT) // the same role as the use case it delegates to, checked first
    public SupervisionViews.ActionView followUp(Long actionId, SupervisionViews.FollowUp check) {
        return findingsAndActions.followUp(actionId, check);
    }

    @Override
    public List<SupervisionViews.ActionView> overdueActions(String agencyNumber) {
        return findingsAndActions.overdueActions(agencyNumber);
    }

    /** @throws NotFoundException AREA_NOT_FOUND; ValidationException AREA_FOREIGN for another Jobcenter's area */
    public AuditArea area(AgencyNumber agency, Long id) {
        AuditArea area = repository.area(id)
                .orElseThrow(() -> new NotFoundException("AREA_NOT_FOUND", Text.of("controlling.AREA_NOT_FOUND", id)));
        if (!area.getAgencyNumber().equals(agency)) {
            throw new ValidationException("AREA_FOREIGN", "areaId", Text.of("controlling.AREA_FOREIGN", area.getCode()));
        }
        return area;
    }

    private Map<Long, AuditArea> areasById(AgencyNumber agency) {
        return repository.areas(agency).stream().collect(Collectors.toMap(AuditArea::getId, Function.identity()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static BigDecimal scale(BigDecimal rate) {
        return rate == null ? null : rate.setScale(1, RoundingMode.HALF_UP);
    }

    private static String german(BigDecimal number) {
        return number == null ? "–" : number.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static SupervisionViews.AreaView view(AuditArea a) {
        return new SupervisionViews.AreaView(a.getId(), a.getCode(), a.getName(), a.getErrorThreshold(), a.isActive(), a.getVersion());
    }

    private static SupervisionViews.PlanLineView view(AuditPlanLine p, AuditArea a) {
        return new SupervisionViews.PlanLineView(p.getId(), p.getAreaId(), a == null ? null : a.getCode(), a == null ? null : a.getName(),
                p.getRiskScore(), p.getMinCasesPerMonth(), p.getRationale(), p.getVersion());
    }

    private static SupervisionViews.CaseView view(AuditCase c, AuditArea a) {
        return new SupervisionViews.CaseView(c.getId(), c.getDate(), a == null ? null : a.getCode(), a == null ? null : a.getName(),
                c.getTeam(), c.getAuditor(), c.getCaseReference(), c.isFaulty(), c.getErrorType(), c.getFinancialImpact());
    }
}
