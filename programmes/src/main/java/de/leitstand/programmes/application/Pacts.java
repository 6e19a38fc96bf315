package de.leitstand.programmes.application;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.InputValidation;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.programmes.api.ProgrammeViews.PactView;
import de.leitstand.programmes.domain.Organisation;
import de.leitstand.programmes.domain.Pact;
import de.leitstand.programmes.domain.PactEventType;
import de.leitstand.programmes.domain.ProgrammePhase;
import de.leitstand.programmes.domain.ProgrammesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static de.leitstand.programmes.application.ProgrammesInput.notFound;
import static de.leitstand.programmes.application.ProgrammesInput.parse;
import static de.leitstand.programmes.application.ProgrammesInput.trim;

/**
 * Use case: the employment pacts of a programme phase. A pact is visible to its members (at any time) and to
 * national users; its lead Jobcenter maintains it (coordinator, members joining and leaving, partners, events);
 * ADMIN may too.
 */
@ApplicationScoped
public class Pacts {

    @Inject
    ProgrammesRepository repository;

    @Inject
    PactViews views;

    @Inject
    Organisations organisations;

    @Inject
    Caller caller;

    @Inject
    Tenancy tenancy;

    @Inject
    InputValidation validation;

    public List<ProgrammeViews.PactSummary> pacts() {
        AgencyNumber member = caller.isNational() ? null : caller.agencyNumber().orElse(new AgencyNumber("00000"));
        return repository.pacts(member).stream().map(views::summary).toList();
    }

    public PactView pact(long id) {
        return view(visiblePact(id));
    }

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

    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView createPact(ProgrammeInputs.NewPact input) {
        validation.check(input, "PACT_INVALID");
        AgencyNumber lead = tenancy.resolve(input.leadAgencyNumber());
        ProgrammePhase phase = repository.phase(input.phaseId()).orElseThrow(() -> notFound("PHASE_NOT_FOUND", Text.of("programmes.WHAT_KEINE_PROGRAMMPHASE"), input.phaseId()));
        Pact pact = new Pact(phase, input.name().trim(), lead, input.leadJoinedOn());
        if (input.coordinatorId() != null) {
            Organisation coordinator = organisations.requireOrganisation(input.coordinatorId());
            pact.coordinate(coordinator.getId(), trim(input.coordinatorRole()), input.leadJoinedOn(), coordinator.getName());
        }
        repository.add(pact);
        repository.flush();
        return view(pact);
    }

    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView changeCoordinator(long pactId, ProgrammeInputs.Coordinator input) {
        validation.check(input, "PACT_INVALID");
        Pact pact = maintainablePact(pactId, input.version());
        Organisation coordinator = input.organisationId() == null ? null : organisations.requireOrganisation(input.organisationId());
        pact.coordinate(coordinator == null ? null : coordinator.getId(), trim(input.role()), input.since(),
                coordinator == null ? "niemanden" : coordinator.getName());
        repository.flush();
        return view(pact);
    }

    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView join(long pactId, ProgrammeInputs.Membership input) {
        validation.check(input, "MEMBERSHIP_INVALID");
        Pact pact = maintainablePact(pactId, input.version());
        pact.join(phaseOf(pact), AgencyNumber.of(input.agencyNumber()), input.date());
        repository.flush();
        return view(pact);
    }

    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView leave(long pactId, ProgrammeInputs.Membership input) {
        validation.check(input, "MEMBERSHIP_INVALID");
        Pact pact = maintainablePact(pactId, input.version());
        pact.leave(phaseOf(pact), AgencyNumber.of(input.agencyNumber()), input.date());
        repository.flush();
        return view(pact);
    }

    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView addPartner(long pactId, ProgrammeInputs.Partner input) {
        validation.check(input, "PARTNER_INVALID");
        Pact pact = maintainablePact(pactId, input.version());
        pact.addPartner(organisations.requireOrganisation(input.organisationId()).getId(), trim(input.role()));
        repository.flush();
        return view(pact);
    }

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

    /** A pact is visible to its members (at any time) and to national users; non-members see nothing. */
    public Pact visiblePact(long id) {
        Pact pact = repository.pact(id).orElseThrow(() -> notFound("PACT_NOT_FOUND", Text.of("programmes.WHAT_KEINEN_BESCHAEFTIGUNGSPAKT"), id));
        tenancy.checkAccessAny(pact.readers());
        return pact;
    }

    /** @return the pact as the caller sees it */
    public PactView view(Pact pact) {
        return views.pact(pact, caller.agencyNumber().orElse(null), caller.isNational());
    }

    public ProgrammePhase phaseOf(Pact pact) {
        return repository.phase(pact.getPhaseId()).orElseThrow();
    }

    /** The lead Jobcenter (financial responsibility) maintains the pact; ADMIN may too. */
    private Pact maintainablePact(long id, long version) {
        Pact pact = visiblePact(id);
        if (!tenancy.mayAccessAny(pact.writers())) {
            throw new AccessDeniedException("PACT_LEAD_ONLY", Text.of("programmes.PACT_LEAD_ONLY"));
        }
        ConflictException.requireVersion(version, pact.getVersion());
        return pact;
    }

    private Set<String> closedMembers(Pact pact) {
        return repository.closures(pact.getId()).stream().map(c -> c.getAgencyNumber().value()).collect(Collectors.toSet());
    }
}
