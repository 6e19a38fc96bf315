package de.leitstand.planning.application;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Capabilities;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.kernel.api.InputValidation;
import de.leitstand.planning.api.TeamPlanning;
import de.leitstand.planning.domain.OfferDecision;
import de.leitstand.planning.domain.PlanningRepository;
import de.leitstand.planning.domain.Programme;
import de.leitstand.planning.domain.Team;
import de.leitstand.planning.domain.TeamOffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class TeamService implements TeamPlanning {

    @Inject
    PlanningRepository repository;

    @Inject
    Tenancy tenancy;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @Override
    public List<TeamView> teams(String agencyNumber) {
        return repository.teams(tenancy.resolve(agencyNumber)).stream().map(TeamService::view).toList();
    }

    @Override
    @Transactional
    @RequiresRole({Role.CONTROLLING, Role.GESCHAEFTSFUEHRUNG})
    public TeamView createTeam(String agencyNumber, TeamInput input) {
        validation.check(input, "TEAM_INVALID");
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        requireUniqueName(agency, input.name().trim(), null);
        Team team = new Team(agency, input.name().trim());
        if (!input.active()) {
            team.change(input.name().trim(), false);
        }
        repository.add(team);
        repository.flush();
        return view(team);
    }

    @Override
    @Transactional
    @RequiresRole({Role.CONTROLLING, Role.GESCHAEFTSFUEHRUNG})
    public TeamView changeTeam(long id, TeamInput input) {
        validation.check(input, "TEAM_INVALID");
        Team team = team(id);
        if (team.getVersion() != input.version()) {
            throw ConflictException.concurrentModification();
        }
        requireUniqueName(team.getAgencyNumber(), input.name().trim(), team.getId());
        team.change(input.name().trim(), input.active());
        repository.flush();
        return view(team);
    }

    private void requireUniqueName(AgencyNumber agency, String name, Long except) {
        boolean taken = repository.teams(agency).stream()
                .anyMatch(t -> t.getName().equalsIgnoreCase(name) && !t.getId().equals(except));
        if (taken) {
            throw new ConflictException("TEAM_NAME_TAKEN", Text.of("planning.TEAM_NAME_TAKEN", name));
        }
    }

    @Override
    public OfferOverview offers(String agencyNumber, int year) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        Map<Long, Team> teams = repository.teams(agency).stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        List<OfferView> offers = repository.offers(agency, year).stream().map(o -> view(o, teams.get(o.getTeamId()))).toList();
        int offered = offers.stream().mapToInt(OfferView::offeredIntegrations).sum();
        int effective = offers.stream().mapToInt(OfferView::effectiveIntegrations).sum();
        Integer target = repository.currentProgramme(agency, year).map(Programme::getIntegrationTarget)
                .map(t -> t.getIntegrations()).orElse(null);
        return new OfferOverview(agency.value(), year, offers, offered, effective, target,
                target == null ? null : target - effective, new TeamPlanning.OfferRights(
                Capabilities.may(caller, TeamService.class, "submitOffer"), Capabilities.may(caller, TeamService.class, "decide"),
                Capabilities.may(caller, TeamService.class, "createTeam")));
    }

    @Override
    @Transactional
    @RequiresRole({Role.TEAMLEITUNG, Role.CONTROLLING, Role.GESCHAEFTSFUEHRUNG})
    public OfferView submitOffer(String agencyNumber, OfferInput input) {
        validation.check(input, "OFFER_INVALID");
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        Team team = team(input.teamId());
        if (!team.getAgencyNumber().equals(agency)) {
            throw new ValidationException("TEAM_OTHER_JOBCENTER", "teamId", Text.of("planning.TEAM_OTHER_JOBCENTER"));
        }
        if (!team.isActive()) {
            throw new ValidationException("TEAM_INACTIVE", "teamId", Text.of("planning.TEAM_INACTIVE", team.getName()));
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().trim();
        TeamOffer offer = repository.findOffer(team.getId(), input.year()).orElse(null);
        if (offer == null) {
            offer = new TeamOffer(agency, team.getId(), input.year(), input.offeredIntegrations(), note);
            repository.add(offer);
        } else {
            offer.changeOffer(input.offeredIntegrations(), note);
        }
        repository.flush();
        return view(offer, team);
    }

    @Override
    @Transactional
    @RequiresRole(Role.GESCHAEFTSFUEHRUNG)
    public OfferView decide(long offerId, Decision input) {
        validation.check(input, "OFFER_INVALID");
        TeamOffer offer = repository.findOffer(offerId).orElseThrow(() -> new NotFoundException("OFFER_NOT_FOUND",
                Text.of("planning.OFFER_NOT_FOUND", offerId)));
        if (offer.getVersion() != input.version()) {
            throw ConflictException.concurrentModification();
        }
        OfferDecision decision = Inputs.require(OfferDecision.class, input.decision(), "decision", Text.of("planning.WHAT_DIE_ENTSCHEIDUNG"));
        if (decision == OfferDecision.OFFEN) {
            throw new ValidationException("DECISION_INVALID", "decision", Text.of("planning.DECISION_INVALID"));
        }
        if (decision == OfferDecision.ANGEPASST && input.agreedIntegrations() == null) {
            throw new ValidationException("DECISION_VALUE_MISSING", "agreedIntegrations",
                    Text.of("planning.DECISION_VALUE_MISSING"));
        }
        offer.decide(decision, input.agreedIntegrations(), caller.username());
        repository.flush();
        return view(offer, team(offer.getTeamId()));
    }

    private Team team(long id) {
        return repository.findTeam(id).orElseThrow(() -> new NotFoundException("TEAM_NOT_FOUND",
                Text.of("planning.TEAM_NOT_FOUND", id)));
    }

    private static TeamView view(Team team) {
        return new TeamView(team.getId(), team.getAgencyNumber().value(), team.getName(), team.isActive(), team.getVersion());
    }

    private static OfferView view(TeamOffer offer, Team team) {
        return new OfferView(offer.getId(), offer.getTeamId(), team == null ? null : team.getName(), offer.getYear(),
                offer.getOfferedIntegrations(), offer.getNote(), offer.getDecision().name(), offer.getDecision().label(),
                offer.getAgreedIntegrations(), offer.effectiveIntegrations(), offer.getDecidedBy(), offer.getDecidedAt(),
                offer.getVersion());
    }
}
