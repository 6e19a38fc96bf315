package de.leitstand.controlling.application;

import de.leitstand.controlling.api.SupervisionViews;
import de.leitstand.controlling.domain.AuditArea;
import de.leitstand.controlling.domain.CorrectiveAction;
import de.leitstand.controlling.domain.Finding;
import de.leitstand.controlling.domain.SupervisionRepository;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.InputValidation;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use case of the Fachaufsicht: findings, their corrective actions, reporting an action done and the
 * follow-up check (an ineffective action gets a new due date); who may read as for {@link SupervisionService}.
 */
@ApplicationScoped
@RequiresRole({Role.FACHAUFSICHT, Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING, Role.GREMIUM, Role.ADMIN})
public class FindingsAndActions {

    @Inject
    SupervisionRepository repository;

    @Inject
    Tenancy tenancy;

    @Inject
    InputValidation validation;

    @Inject
    SupervisionService supervision;

    public List<SupervisionViews.FindingView> findings(String agencyNumber) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        Map<Long, AuditArea> areas = repository.areas(agency).stream().collect(Collectors.toMap(AuditArea::getId, Function.identity()));
        Map<Long, List<CorrectiveAction>> actions = repository.actions(agency).stream()
                .collect(Collectors.groupingBy(CorrectiveAction::getFindingId));
        return repository.findings(agency).stream().map(f -> view(f, areas.get(f.getAreaId()),
                actions.getOrDefault(f.getId(), List.of()))).toList();
    }

    @Transactional
    @RequiresRole(Role.FACHAUFSICHT)
    public SupervisionViews.FindingView addFinding(String agencyNumber, SupervisionViews.NewFinding finding) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        validation.check(finding, "FINDING_INVALID");
        AuditArea area = supervision.area(agency, finding.areaId());
        Finding entity = new Finding(agency, area.getId(), finding.foundOn(), finding.description().trim());
        repository.add(entity);
        repository.flush();
        return view(entity, area, List.of());
    }

    @Transactional
    @RequiresRole(Role.FACHAUFSICHT)
    public SupervisionViews.ActionView addAction(Long findingId, SupervisionViews.NewAction action) {
        Finding finding = repository.finding(findingId)
                .orElseThrow(() -> new NotFoundException("FINDING_NOT_FOUND", Text.of("controlling.FINDING_NOT_FOUND", findingId)));
        validation.check(action, "ACTION_INVALID");
        CorrectiveAction entity = new CorrectiveAction(finding.getAgencyNumber(), finding.getId(), action.description().trim(),
                action.owner().trim(), action.dueDate());
        repository.add(entity);
        repository.flush();
        return view(entity);
    }

    @Transactional
    @RequiresRole(Role.FACHAUFSICHT)
    public SupervisionViews.ActionView reportDone(Long actionId, Long version) {
        CorrectiveAction action = action(actionId);
        ConflictException.requireVersion(version, action.getVersion());
        action.reportDone();
        repository.flush();
        return view(action);
    }

    @Transactional
    @RequiresRole(Role.FACHAUFSICHT)
    public SupervisionViews.ActionView followUp(Long actionId, SupervisionViews.FollowUp check) {
        CorrectiveAction action = action(actionId);
        validation.check(check, "FOLLOW_UP_INVALID");
        ConflictException.requireVersion(check.version(), action.getVersion());
        if (!check.effective() && (check.newDueDate() == null || !check.newDueDate().isAfter(check.checkedOn()))) {
            throw new ValidationException("FOLLOW_UP_INVALID", "newDueDate",
                    Text.of("controlling.FOLLOW_UP_INVALID"));
        }
        action.followUp(check.checkedOn(), check.result().trim(), check.effective(), check.newDueDate());
        repository.flush();
        return view(action);
    }

    public List<SupervisionViews.ActionView> overdueActions(String agencyNumber) {
        return overdue(tenancy.resolve(agencyNumber));
    }

    /** The actions of the Jobcenter that are overdue today. */
    public List<SupervisionViews.ActionView> overdue(AgencyNumber agency) {
        LocalDate today = LocalDate.now();
        return repository.actions(agency).stream().filter(a -> a.overdueOn(today)).map(this::view).toList();
    }

    private CorrectiveAction action(Long id) {
        return repository.action(id)
                .orElseThrow(() -> new NotFoundException("ACTION_NOT_FOUND", Text.of("controlling.ACTION_NOT_FOUND", id)));
    }

    private SupervisionViews.FindingView view(Finding f, AuditArea a, List<CorrectiveAction> actions) {
        return new SupervisionViews.FindingView(f.getId(), f.getAreaId(), a == null ? null : a.getCode(), a == null ? null : a.getName(),
                f.getFoundOn(), f.getDescription(), actions.stream().map(this::view).toList());
    }

    private SupervisionViews.ActionView view(CorrectiveAction a) {
        String areaCode = repository.finding(a.getFindingId()).flatMap(f -> repository.area(f.getAreaId())).map(AuditArea::getCode).orElse(null);
        return new SupervisionViews.ActionView(a.getId(), a.getFindingId(), areaCode, a.getDescription(), a.getOwner(), a.getDueDate(),
                a.getStatus().name(), a.getFollowUpDate(), a.getFollowUpResult(), a.overdueOn(LocalDate.now()), a.getVersion());
    }
}
