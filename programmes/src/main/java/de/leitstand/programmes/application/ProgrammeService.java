package de.leitstand.programmes.application;

import de.leitstand.kernel.api.AccessDeniedException;
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
import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.programmes.api.ProgrammeViews.ClosureSummary;
import de.leitstand.programmes.api.ProgrammeViews.PactView;
import de.leitstand.programmes.domain.Closure;
import de.leitstand.programmes.domain.FundingProgramme;
import de.leitstand.programmes.domain.Funder;
import de.leitstand.programmes.domain.Organisation;
import de.leitstand.programmes.domain.OrganisationType;
import de.leitstand.programmes.domain.Pact;
import de.leitstand.programmes.domain.PactEventType;
import de.leitstand.programmes.domain.PactMembership;
import de.leitstand.programmes.domain.Participation;
import de.leitstand.programmes.domain.ProgrammePhase;
import de.leitstand.programmes.domain.ProgrammesRepository;
import de.leitstand.programmes.domain.ReportingObligation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProgrammeService implements ProgrammeManagement {

    @Inject
    ProgrammesRepository repository;

    @Inject
    PactViews views;

    @Inject
    ProgrammesMapper mapper;

    @Inject
    Caller caller;

    @Inject
    Tenancy tenancy;

    @Inject
    InputValidation validation;

    // --- programmes and organisations --------------------------------------------------------------

    @Override
    public List<ProgrammeViews.FundingProgrammeView> programmes() {
        return repository.programmes().stream().map(views::programme).toList();
    }

    @Override
    public ProgrammeViews.FundingProgrammeView programme(long id) {
        return views.programme(requireProgramme(id));
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public ProgrammeViews.FundingProgrammeView createProgramme(ProgrammeInputs.Programme input) {
        validation.check(input, "PROGRAMME_INVALID");
        FundingProgramme programme = new FundingProgramme(data(input));
        programme.createdBy(caller.agencyNumber().orElse(null));
        apply(programme, input);
        repository.add(programme);
        repository.flush();
        return views.programme(programme);
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public ProgrammeViews.FundingProgrammeView changeProgramme(long id, ProgrammeInputs.Programme input) {
        validation.check(input, "PROGRAMME_INVALID");
        FundingProgramme programme = requireProgramme(id);
        tenancy.checkChangeShared(programme.getCreatedBy());
        requireVersion(programme.getVersion(), input.version());
        programme.change(data(input));
        apply(programme, input);
        repository.flush();
        return views.programme(programme);
    }

    private static FundingProgramme.ProgrammeData data(ProgrammeInputs.Programme input) {
        return new FundingProgramme.ProgrammeData(input.name().trim(), trim(input.shortName()),
                parse(Funder.class, input.funder(), "funder", Text.of("programmes.WHAT_DER_FOERDERGEBER")), trim(input.legalBasis()),
                trim(input.administeringBody()), trim(input.targetGroup()), input.esfRatePercent(), input.ownSharePercent(),
                trim(input.coFinancingRules()));
    }

    private static void apply(FundingProgramme programme, ProgrammeInputs.Programme input) {
        programme.replacePhases(input.phases().stream().map(p -> new ProgrammePhase.Data(p.number(), p.from(), p.to(),
                p.budget(), trim(p.rules()), p.pactsNationwide())).toList());
        programme.replaceObligations(input.obligations().stream()
                .map(o -> new ReportingObligation.Data(o.title().trim(), o.dueDate(), o.done())).toList());
    }

    @Override
    public List<ProgrammeViews.OrganisationView> organisations() {
        return repository.organisations().stream().map(mapper::organisation).toList();
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public ProgrammeViews.OrganisationView createOrganisation(ProgrammeInputs.Organisation input) {
        validation.check(input, "ORGANISATION_INVALID");
        Organisation organisation = new Organisation(input.name().trim(),
                parse(OrganisationType.class, input.type(), "type", Text.of("programmes.WHAT_DIE_ART_DER_ORGANISATION")), trim(input.address()), trim(input.contact()));
        organisation.createdBy(caller.agencyNumber().orElse(null));
        repository.add(organisation);
        repository.flush();
        return mapper.organisation(organisation);
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public ProgrammeViews.OrganisationView changeOrganisation(long id, ProgrammeInputs.Organisation input) {
        validation.check(input, "ORGANISATION_INVALID");
        Organisation organisation = repository.organisation(id).orElseThrow(() -> notFound("ORGANISATION_NOT_FOUND", Text.of("programmes.WHAT_KEINE_ORGANISATION"), id));
        tenancy.checkChangeShared(organisation.getCreatedBy());
        requireVersion(organisation.getVersion(), input.version());
        organisation.change(input.name().trim(), parse(OrganisationType.class, input.type(), "type", Text.of("programmes.WHAT_DIE_ART_DER_ORGANISATION")),
                trim(input.address()), trim(input.contact()));
        repository.flush();
        return mapper.organisation(organisation);
    }

    // --- pacts ---------------------------------------------------------------------------------

    @Override
    public List<ProgrammeViews.PactSummary> pacts() {
        AgencyNumber member = caller.isNational() ? null : caller.agencyNumber().orElse(new AgencyNumber("00000"));
        return repository.pacts(member).stream().map(views::summary).toList();
    }

    @Override
    public PactView pact(long id) {
        return view(visiblePact(id));
    }

    @Override
    public ProgrammeViews.AsOf pactAsOf(long id, LocalDate date) {
        if (date == null) {
            throw new ValidationException("DATE_MISSING", "date", Text.of("programmes.DATE_MISSING"));
        }
        Pact pact = visiblePact(id);
        String coordinator = pact.getCoordinatorId() == null ? null
                : repository.organisation(pact.getCoordinatorId()).map(Organisation::getName).orElse(null);
        Set<String> closed = closedMembers(pact);
        return new ProgrammeViews.AsOf(date, views.members(pact, pact.membersOn(date), closed), pact.individualConceptsOn(date),
                pact.individualConceptsOn(date) ? null : coordinator);
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView createPact(ProgrammeInputs.NewPact input) {
        validation.check(input, "PACT_INVALID");
        AgencyNumber lead = tenancy.resolve(input.leadAgencyNumber());
        ProgrammePhase phase = repository.phase(input.phaseId()).orElseThrow(() -> notFound("PHASE_NOT_FOUND", Text.of("programmes.WHAT_KEINE_PROGRAMMPHASE"), input.phaseId()));
        Pact pact = new Pact(phase, input.name().trim(), lead, input.leadJoinedOn());
        if (input.coordinatorId() != null) {
            Organisation coordinator = requireOrganisation(input.coordinatorId());
            pact.coordinate(coordinator.getId(), trim(input.coordinatorRole()), input.leadJoinedOn(), coordinator.getName());
        }
        repository.add(pact);
        repository.flush();
        return view(pact);
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView changeCoordinator(long pactId, ProgrammeInputs.Coordinator input) {
        validation.check(input, "PACT_INVALID");
        Pact pact = maintainablePact(pactId, input.version());
        Organisation coordinator = input.organisationId() == null ? null : requireOrganisation(input.organisationId());
        pact.coordinate(coordinator == null ? null : coordinator.getId(), trim(input.role()), input.since(),
                coordinator == null ? "niemanden" : coordinator.getName());
        repository.flush();
        return view(pact);
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView join(long pactId, ProgrammeInputs.Membership input) {
        validation.check(input, "MEMBERSHIP_INVALID");
        Pact pact = maintainablePact(pactId, input.version());
        pact.join(phaseOf(pact), AgencyNumber.of(input.agencyNumber()), input.date());
        repository.flush();
        return view(pact);
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView leave(long pactId, ProgrammeInputs.Membership input) {
        validation.check(input, "MEMBERSHIP_INVALID");
        Pact pact = maintainablePact(pactId, input.version());
        pact.leave(phaseOf(pact), AgencyNumber.of(input.agencyNumber()), input.date());
        repository.flush();
        return view(pact);
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView addPartner(long pactId, ProgrammeInputs.Partner input) {
        validation.check(input, "PARTNER_INVALID");
        Pact pact = maintainablePact(pactId, input.version());
        pact.addPartner(requireOrganisation(input.organisationId()).getId(), trim(input.role()));
        repository.flush();
        return view(pact);
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView recordEvent(long pactId, ProgrammeInputs.Event input) {
        validation.check(input, "EVENT_INVALID");
        Pact pact = maintainablePact(pactId, input.version());
        PactEventType type = parse(PactEventType.class, input.type(), "type", Text.of("programmes.WHAT_DIE_ART_DES_EREIGNISSES"));
        if (type == PactEventType.BEITRITT || type == PactEventType.AUSTRITT) {
            throw new ValidationException("EVENT_BY_MEMBERSHIP", "type", Text.of("programmes.EVENT_BY_MEMBERSHIP"));
        }
        if (!phaseOf(pact).contains(input.date())) {
            throw new ValidationException("OUTSIDE_PHASE", "date", Text.of("programmes.OUTSIDE_PHASE"));
        }
        pact.record(input.date(), type, input.description().trim(), null);
        repository.flush();
        return view(pact);
    }

    // --- participation and closure ------------------------------------------------------------------

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG})
    public PactView recordParticipation(long pactId, ProgrammeInputs.Participation input) {
        validation.check(input, "PARTICIPATION_INVALID");
        AgencyNumber own = ownJobcenter();
        Pact pact = visiblePact(pactId);
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
            requireVersion(row.getVersion(), input.version());
        }
        row.record(new Participation.Figures(input.budgetGranted(), input.budgetSpent(), input.activationsPlanned(),
                input.activationsActual(), input.integrationsPlanned(), input.integrationsActual(), input.integrationsInsured(),
                input.integrationsPermanent(), input.integrationsSelfEmployed(), input.marginalEmployment(),
                input.participantStock(), false));
        repository.flush();
        return view(pact);
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG})
    public ClosureSummary close(long pactId, ProgrammeInputs.Closing input) {
        validation.check(input, "CLOSURE_INVALID");
        AgencyNumber own = ownJobcenter();
        Pact pact = visiblePact(pactId);
        PactMembership membership = pact.membershipOf(own).orElseThrow(AccessDeniedException::otherJobcenter);
        if (repository.closure(pactId, own).isPresent()) {
            throw new ConflictException("PARTICIPATION_CLOSED", Text.of("programmes.PARTICIPATION_CLOSED.2"));
        }
        ProgrammePhase phase = phaseOf(pact);
        LocalDate end = membership.getLeftOn() != null ? membership.getLeftOn() : phase.getTo();
        if (input.closedOn().isBefore(end)) {
            throw new ValidationException("CLOSURE_TOO_EARLY", "closedOn", Text.of("programmes.CLOSURE_TOO_EARLY", end));
        }
        repository.add(new Closure(own, pactId, input.closedOn(), caller.username(), trim(input.remark())));
        repository.flush();
        return summary(pact, own);
    }

    @Override
    public ClosureSummary closureSummary(long pactId, String agencyNumber) {
        Pact pact = visiblePact(pactId);
        AgencyNumber member = agencyNumber == null || agencyNumber.isBlank() ? ownJobcenter() : AgencyNumber.of(agencyNumber);
        if (!pact.hasMember(member)) {
            throw new NotFoundException("NOT_A_MEMBER", Text.of("programmes.NOT_A_MEMBER", member));
        }
        return summary(pact, member);
    }

    private ClosureSummary summary(Pact pact, AgencyNumber member) {
        ProgrammePhase phase = phaseOf(pact);
        FundingProgramme programme = phase.getProgramme();
        PactMembership membership = pact.membershipOf(member).orElseThrow();
        PactView view = view(pact);
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

    // --- access ----------------------------------------------------------------------------------

    /** A pact is visible to its members (at any time) and to national users; non-members see nothing. */
    private Pact visiblePact(long id) {
        Pact pact = repository.pact(id).orElseThrow(() -> notFound("PACT_NOT_FOUND", Text.of("programmes.WHAT_KEINEN_BESCHAEFTIGUNGSPAKT"), id));
        tenancy.checkAccessAny(pact.readers());
        return pact;
    }

    /** The lead Jobcenter (financial responsibility) maintains the pact; ADMIN may too. */
    private Pact maintainablePact(long id, long version) {
        Pact pact = visiblePact(id);
        if (!tenancy.mayAccessAny(pact.writers())) {
            throw new AccessDeniedException("PACT_LEAD_ONLY", Text.of("programmes.PACT_LEAD_ONLY"));
        }
        requireVersion(pact.getVersion(), version);
        return pact;
    }

    private AgencyNumber ownJobcenter() {
        return caller.agencyNumber().orElseThrow(() -> new ValidationException("JOBCENTER_REQUIRED", "agencyNumber",
                Text.of("programmes.JOBCENTER_REQUIRED")));
    }

    private Set<String> closedMembers(Pact pact) {
        return repository.closures(pact.getId()).stream().map(c -> c.getAgencyNumber().value()).collect(Collectors.toSet());
    }

    private PactView view(Pact pact) {
        return views.pact(pact, caller.agencyNumber().orElse(null), caller.isNational());
    }

    private ProgrammePhase phaseOf(Pact pact) {
        return repository.phase(pact.getPhaseId()).orElseThrow();
    }

    private FundingProgramme requireProgramme(long id) {
        return repository.programme(id).orElseThrow(() -> notFound("PROGRAMME_NOT_FOUND", Text.of("programmes.WHAT_KEIN_FOERDERPROGRAMM"), id));
    }

    private Organisation requireOrganisation(long id) {
        return repository.organisation(id).orElseThrow(() -> notFound("ORGANISATION_NOT_FOUND", Text.of("programmes.WHAT_KEINE_ORGANISATION"), id));
    }

    private static void requireVersion(long current, long expected) {
        if (current != expected) {
            throw ConflictException.concurrentModification();
        }
    }

    private static NotFoundException notFound(String code, Text what, Object id) {
        return new NotFoundException(code, Text.of("programmes.NOT_FOUND", what, id));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Text what) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ValidationException("VALUE_UNKNOWN", field, Text.of("programmes.VALUE_UNKNOWN", what, value, Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }
}
