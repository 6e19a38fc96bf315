package de.leitstand.programmes.application;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.programmes.api.ProgrammeViews.EventView;
import de.leitstand.programmes.api.ProgrammeViews.MemberTotals;
import de.leitstand.programmes.api.ProgrammeViews.MemberView;
import de.leitstand.programmes.api.ProgrammeViews.ParticipationView;
import de.leitstand.programmes.api.ProgrammeViews.Totals;
import de.leitstand.programmes.domain.FundingProgramme;
import de.leitstand.programmes.domain.Organisation;
import de.leitstand.programmes.domain.Pact;
import de.leitstand.programmes.domain.PactEvent;
import de.leitstand.programmes.domain.PactMembership;
import de.leitstand.programmes.domain.Participation;
import de.leitstand.programmes.domain.ProgrammePhase;
import de.leitstand.programmes.domain.ProgrammesRepository;
import de.leitstand.programmes.domain.ReportingObligation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Builds the programmes context's views, with totals and names. */
@ApplicationScoped
public class PactViews {

    @Inject
    ProgrammesRepository repository;

    @Inject
    JobcenterDirectory jobcenters;

    @Inject
    ProgrammesMapper mapper;

    String jobcenterName(String agencyNumber) {
        return agencyNumber == null ? null : jobcenters.find(agencyNumber).map(JobcenterView::name).orElse(agencyNumber);
    }

    ProgrammeViews.FundingProgrammeView programme(FundingProgramme p) {
        LocalDate today = LocalDate.now();
        return new ProgrammeViews.FundingProgrammeView(p.getId(), p.getName(), p.getShortName(), p.getFunder().name(),
                p.getFunder().label(), p.getLegalBasis(), p.getAdministeringBody(), p.getTargetGroup(), p.getEsfRatePercent(),
                p.getOwnSharePercent(), p.getCoFinancingRules(), p.getPhases().stream().map(mapper::phase).toList(),
                p.getObligations().stream().map(o -> obligation(o, today)).toList(), p.getVersion());
    }

    /** An obligation as of today: the reminder and overdue flags are the rule, not stored. */
    private static ProgrammeViews.ObligationView obligation(ReportingObligation o, LocalDate today) {
        return new ProgrammeViews.ObligationView(o.getId(), o.getTitle(), o.getDueDate(), o.isDone(), o.isReminderDue(today),
                o.isOverdue(today));
    }

    ProgrammeViews.PactSummary summary(Pact pact) {
        ProgrammePhase phase = repository.phase(pact.getPhaseId()).orElseThrow();
        String coordinator = pact.getCoordinatorId() == null ? null
                : repository.organisation(pact.getCoordinatorId()).map(Organisation::getName).orElse(null);
        return new ProgrammeViews.PactSummary(pact.getId(), pact.getName(), phase.getProgramme().getId(),
                phase.getProgramme().getName(), phase.getNumber(), phase.getFrom(), phase.getTo(),
                pact.getLeadAgencyNumber().value(), jobcenterName(pact.getLeadAgencyNumber().value()), coordinator,
                (int) pact.getMemberships().stream().map(PactMembership::getAgencyNumber).distinct().count());
    }

    ProgrammeViews.PactView pact(Pact pact, AgencyNumber callerAgency, boolean national) {
        ProgrammePhase phase = repository.phase(pact.getPhaseId()).orElseThrow();
        Set<String> closed = repository.closures(pact.getId()).stream().map(c -> c.getAgencyNumber().value())
                .collect(Collectors.toSet());
        List<Participation> rows = repository.participation(pact.getId());
        List<ParticipationView> participation = rows.stream()
                .map(p -> participation(p, callerAgency != null && callerAgency.equals(p.getAgencyNumber())
                        && !closed.contains(p.getAgencyNumber().value()))).toList();
        Map<String, List<ParticipationView>> byMember = new TreeMap<>(participation.stream()
                .collect(Collectors.groupingBy(ParticipationView::agencyNumber)));
        List<MemberTotals> totals = byMember.entrySet().stream().map(e -> new MemberTotals(e.getKey(),
                jobcenterName(e.getKey()), e.getValue().stream().mapToInt(ParticipationView::year).min().orElse(0),
                e.getValue().stream().mapToInt(ParticipationView::year).max().orElse(0), totals(e.getValue()))).toList();
        Organisation coordinator = pact.getCoordinatorId() == null ? null : repository.organisation(pact.getCoordinatorId()).orElse(null);
        boolean mayMaintain = national || pact.getLeadAgencyNumber().equals(callerAgency);
        return new ProgrammeViews.PactView(pact.getId(), pact.getName(), phase.getProgramme().getId(),
                phase.getProgramme().getName(), mapper.phase(phase), mapper.organisation(coordinator), pact.getCoordinatorRole(),
                pact.getLeadAgencyNumber().value(), jobcenterName(pact.getLeadAgencyNumber().value()),
                members(pact, pact.getMemberships(), closed), pact.getPartners().stream().map(p -> partner(p.getOrganisationId(), p.getRole())).toList(),
                pact.getEvents().stream().map(this::event).toList(), participation, totals, totals(participation),
                mayMaintain, pact.getVersion());
    }

    List<MemberView> members(Pact pact, Collection<PactMembership> memberships, Set<String> closed) {
        return memberships.stream().map(m -> new MemberView(m.getAgencyNumber().value(), jobcenterName(m.getAgencyNumber().value()),
                m.getJoinedOn(), m.getLeftOn(), m.getAgencyNumber().equals(pact.getLeadAgencyNumber()),
                closed.contains(m.getAgencyNumber().value()))).toList();
    }

    ProgrammeViews.PartnerView partner(Long organisationId, String role) {
        Organisation o = repository.organisation(organisationId).orElseThrow();
        return new ProgrammeViews.PartnerView(o.getId(), o.getName(), o.getType().label(), role);
    }

    EventView event(PactEvent e) {
        return new EventView(e.getId(), e.getDate(), e.getType().name(), e.getType().label(), e.getDescription(),
                e.getAgencyNumber(), jobcenterName(e.getAgencyNumber()));
    }

    ParticipationView participation(Participation p, boolean editable) {
        var f = p.getFigures();
        return new ParticipationView(p.getId(), p.getAgencyNumber().value(), jobcenterName(p.getAgencyNumber().value()),
                p.getYear(), f.budgetGranted(), f.budgetSpent(), f.activationsPlanned(), f.activationsActual(),
                f.integrationsPlanned(), f.integrationsActual(), f.integrationsInsured(), f.integrationsPermanent(),
                f.integrationsSelfEmployed(), f.marginalEmployment(), f.participantStock(), p.costPerIntegration(),
                p.integrationAttainment(), f.demoValue(), editable, p.getVersion());
    }

    /** Adds up participation rows; cost per integration = budget spent / integrations. */
    static Totals totals(List<ParticipationView> rows) {
        BigDecimal granted = sum(rows.stream().map(ParticipationView::budgetGranted).toList());
        BigDecimal spent = sum(rows.stream().map(ParticipationView::budgetSpent).toList());
        int integrations = rows.stream().map(ParticipationView::integrationsActual).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
        return new Totals(granted, spent,
                rows.stream().map(ParticipationView::activationsActual).filter(Objects::nonNull).mapToInt(Integer::intValue).sum(),
                integrations,
                rows.stream().map(ParticipationView::integrationsInsured).filter(Objects::nonNull).mapToInt(Integer::intValue).sum(),
                rows.stream().map(ParticipationView::integrationsPermanent).filter(Objects::nonNull).mapToInt(Integer::intValue).sum(),
                rows.stream().map(ParticipationView::integrationsSelfEmployed).filter(Objects::nonNull).mapToInt(Integer::intValue).sum(),
                rows.stream().map(ParticipationView::marginalEmployment).filter(Objects::nonNull).mapToInt(Integer::intValue).sum(),
                integrations == 0 || spent == null ? null : spent.divide(BigDecimal.valueOf(integrations), 2, RoundingMode.HALF_UP));
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        return present.isEmpty() ? null : present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
