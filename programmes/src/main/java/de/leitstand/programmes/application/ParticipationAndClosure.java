package de.leitstand.programmes.application;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.InputValidation;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.programmes.api.ProgrammeViews.ClosureSummary;
import de.leitstand.programmes.api.ProgrammeViews.PactView;
import de.leitstand.programmes.domain.Closure;
import de.leitstand.programmes.domain.FundingProgramme;
import de.leitstand.programmes.domain.Pact;
import de.leitstand.programmes.domain.PactEventType;
import de.leitstand.programmes.domain.PactMembership;
import de.leitstand.programmes.domain.Participation;
import de.leitstand.programmes.domain.ProgrammePhase;
import de.leitstand.programmes.domain.ProgrammesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

import static de.leitstand.programmes.application.ProgrammesInput.trim;

/**
 * Use case: each member Jobcenter records its own participation in a pact year by year and closes it once the
 * membership or the phase has ended; its figures are final afterwards. The closure summary is the member's
 * Verwendungsnachweis of the pact.
 */
@ApplicationScoped
public class ParticipationAndClosure {

    @Inject
    ProgrammesRepository repository;

    @Inject
    PactViews views;

    @Inject
    Pacts pacts;

    @Inject
    Caller caller;

    @Inject
    Tenancy tenancy;

    @Inject
    InputValidation validation;

    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG})
    public PactView recordParticipation(long pactId, ProgrammeInputs.Participation input) {
        validation.check(input, "PARTICIPATION_INVALID");
        AgencyNumber own = ownJobcenter();
        Pact pact = pacts.visiblePact(pactId);
        PactMembership membership = pact.membershipOf(own).orElseThrow(AccessDeniedException::otherJobcenter);
        if (pact.getMemberships().stream().noneMatch(m -> m.getAgencyNumber().equals(own) && m.coversYear(input.year()))) {
            throw new ValidationException("YEAR_OUTSIDE_MEMBERSHIP", "year", Text.of("programmes.YEAR_OUTSIDE_MEMBERSHIP", input.year(), membership.getJoinedOn()));
        }
        if (repository.closure(pactId, own).isPresent()) {
            throw new ConflictException("PARTICIPATION_CLOSED", Text.of("programmes.PARTICIPATION_CLOSED"));
        }
        if (input.integrationsInsured() != null && input.integrationsActual() != null
                && input.integrationsInsured() > input.integrationsActual()) {
            throw new ValidationException("BREAKDOWN_EXCEEDS_TOTAL", "integrationsInsured",
                    Text.of("programmes.BREAKDOWN_EXCEEDS_TOTAL"));
        }
        if (input.integrationsPermanent() != null && input.integrationsInsured() != null
                && input.integrationsPermanent() > input.integrationsInsured()) {
            throw new ValidationException("BREAKDOWN_EXCEEDS_TOTAL", "integrationsPermanent",
                    Text.of("programmes.BREAKDOWN_EXCEEDS_TOTAL.2"));
        }
        Participation row = repository.participation(pactId, own, input.year()).orElse(null);
        if (row == null) {
            row = new Participation(own, pactId, input.year());
            repository.add(row);
        } else {
            ConflictException.requireVersion(input.version(), row.getVersion());
        }
        row.record(new Participation.Figures(input.budgetGranted(), input.budgetSpent(), input.activationsPlanned(),
                input.activationsActual(), input.integrationsPlanned(), input.integrationsActual(), input.integrationsInsured(),
                input.integrationsPermanent(), input.integrationsSelfEmployed(), input.marginalEmployment(),
                input.participantStock(), false));
        repository.flush();
        return pacts.view(pact);
    }

    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG})
    public ClosureSummary close(long pactId, ProgrammeInputs.Closing input) {
        validation.check(input, "CLOSURE_INVALID");
        AgencyNumber own = ownJobcenter();
        Pact pact = pacts.visiblePact(pactId);
        PactMembership membership = pact.membershipOf(own).orElseThrow(AccessDeniedException::otherJobcenter);
        if (repository.closure(pactId, own).isPresent()) {
            throw new ConflictException("PARTICIPATION_CLOSED", Text.of("programmes.PARTICIPATION_CLOSED.2"));
        }
        ProgrammePhase phase = pacts.phaseOf(pact);
        LocalDate end = membership.getLeftOn() != null ? membership.getLeftOn() : phase.getTo();
        if (input.closedOn().isBefore(end)) {
            throw new ValidationException("CLOSURE_TOO_EARLY", "closedOn", Text.of("programmes.CLOSURE_TOO_EARLY", end));
        }
        repository.add(new Closure(own, pactId, input.closedOn(), caller.username(), trim(input.remark())));
        repository.flush();
        return summary(pact, own);
    }

    public ClosureSummary closureSummary(long pactId, String agencyNumber) {
        Pact pact = pacts.visiblePact(pactId);
        AgencyNumber member = agencyNumber == null || agencyNumber.isBlank() ? ownJobcenter() : AgencyNumber.of(agencyNumber);
        if (!pact.hasMember(member)) {
            throw new NotFoundException("NOT_A_MEMBER", Text.of("programmes.NOT_A_MEMBER", member));
        }
        return summary(pact, member);
    }

    private ClosureSummary summary(Pact pact, AgencyNumber member) {
        ProgrammePhase phase = pacts.phaseOf(pact);
        FundingProgramme programme = phase.getProgramme();
        PactMembership membership = pact.membershipOf(member).orElseThrow();
        PactView view = pacts.view(pact);
        List<ProgrammeViews.ParticipationView> rows = view.participation().stream()
                .filter(p -> p.agencyNumber().equals(member.value())).toList();
        List<String> partnerJobcenters = pact.getMemberships().stream().map(PactMembership::getAgencyNumber)
                .filter(a -> !a.equals(member)).distinct().map(a -> views.jobcenterName(a.value())).sorted().toList();
        var closure = repository.closure(pact.getId(), member);
        return new ClosureSummary(pact.getId(), member.value(), views.jobcenterName(member.value()), programme.getName(),
                programme.getShortName(), programme.getTargetGroup(), phase.getNumber(), phase.getFrom(), phase.getTo(),
                phase.getPactsNationwide(), pact.getName(), partnerJobcenters, view.partners(),
                view.coordinator() == null ? null : view.coordinator().name(), pact.getCoordinatorRole(),
                pact.getLeadAgencyNumber().value(), view.leadName(), membership.getJoinedOn(),
                membership.getLeftOn() != null ? membership.getLeftOn().minusDays(1) : phase.getTo(),
                view.events().stream().filter(e -> e.type().equals(PactEventType.EINZELKONZEPTE.name())
                        || e.type().equals(PactEventType.GEMEINSAMES_KONZEPT.name()) || e.type().equals(PactEventType.KOORDINATION.name())).toList(),
                rows, PactViews.totals(rows), closure.isPresent(), closure.map(Closure::getClosedOn).orElse(null),
                closure.filter(c -> tenancy.mayAccess(member)).map(Closure::getClosedBy).orElse(null), closure.map(Closure::getRemark).orElse(null));
    }

    private AgencyNumber ownJobcenter() {
        return caller.agencyNumber().orElseThrow(() -> new ValidationException("JOBCENTER_REQUIRED", "agencyNumber",
                Text.of("programmes.JOBCENTER_REQUIRED")));
    }
}
