package de.leitstand.planning.application;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.InputValidation;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.SupervisoryLevel;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.planning.api.TargetAgreements;
import de.leitstand.planning.domain.AgreementFigures;
import de.leitstand.planning.domain.IntegrationTarget;
import de.leitstand.planning.domain.PlanningRepository;
import de.leitstand.planning.domain.Programme;
import de.leitstand.planning.domain.ReferenceFrame;
import de.leitstand.planning.domain.TargetAgreement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The planning round of the target agreement cascade; see {@link TargetAgreements} for the rules. */
@ApplicationScoped
public class TargetAgreementService implements TargetAgreements {

    @Inject
    PlanningRepository repository;

    @Inject
    JobcenterDirectory jobcenters;

    @Inject
    Tenancy tenancy;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @Inject
    AgreementAssembler assembler;

    @Inject
    AgreementProgrammeUpdate programmeUpdate;

    @Override
    public List<AgreementView> list(String agencyNumber, Integer year) {
        Set<AgencyNumber> agencies;
        if (agencyNumber == null || agencyNumber.isBlank()) {
            agencies = caller.level().isPresent() ? caller.supervisedJobcenters()
                    : caller.agencyNumber().map(Set::of).orElseGet(Set::of);
        } else {
            agencies = Set.of(tenancy.resolve(agencyNumber));
        }
        return repository.agreements(agencies, year).stream().map(assembler::view).toList();
    }

    @Override
    public AgreementView get(long id) {
        return assembler.view(repository.findAgreement(id).orElseThrow(() -> notFound(id)));
    }

    @Override
    @Transactional
    @RequiresRole({Role.REGIONALDIREKTION, Role.LAND})
    public AgreementView publish(BasisInput input) {
        validation.check(input, "AGREEMENT_INVALID");
        AgencyNumber agency = AgencyNumber.of(input.agencyNumber());
        JobcenterView jobcenter = jobcenters.get(agency.value());
        if (!tenancy.maySupervise(agency)) {
            throw AccessDeniedException.otherJobcenter();
        }
        if (repository.agreement(agency, input.year()).isPresent()) {
            throw new ConflictException("AGREEMENT_EXISTS", Text.of("planning.AGREEMENT_EXISTS", jobcenter.name(), input.year()));
        }
        TargetAgreement agreement = new TargetAgreement(agency, input.year(), jobcenter.supervisoryLevel().key(),
                input.deadline(), new ReferenceFrame(input.integrationRateLow(), input.integrationRateHigh(),
                input.integrationRateWomenLow(), input.integrationRateWomenHigh(), input.integrationRateMenLow(),
                input.integrationRateMenHigh(), input.lzbChangeLow(), input.lzbChangeHigh()),
                Inputs.trimToNull(input.note()), caller.username(), Instant.now());
        repository.add(agreement);
        repository.flush();
        return assembler.view(agreement);
    }

    @Override
    @Transactional
    @RequiresRole(Role.GESCHAEFTSFUEHRUNG)
    public AgreementView submitOffer(long id, OfferInput input) {
        validation.check(input, "AGREEMENT_INVALID");
        TargetAgreement agreement = lockOwn(id, input.version());
        Programme programme = repository.currentProgramme(agreement.getAgencyNumber(), agreement.getYear())
                .filter(p -> p.getIntegrationTarget() != null && p.getIntegrationTarget().getIntegrations() != null
                        && p.getIntegrationTarget().getIntegrationRate() != null)
                .orElseThrow(() -> new ConflictException("AGREEMENT_PROGRAMME_MISSING", Text.of("planning.AGREEMENT_PROGRAMME_MISSING", agreement.getYear())));
        IntegrationTarget target = programme.getIntegrationTarget();
        Integer averageElb = target.impliedAverageElb() == null ? null : target.impliedAverageElb().intValueExact();
        agreement.submitOffer(new AgreementFigures(target.getIntegrations(), averageElb, target.getIntegrationRate(),
                        // women and men as sent, else the programme's own quota targets
                        input.integrationRateWomen() != null ? input.integrationRateWomen() : target.getIntegrationRateWomen(),
                        input.integrationRateMen() != null ? input.integrationRateMen() : target.getIntegrationRateMen(),
                        programme.getLzbTarget() == null ? null : programme.getLzbTarget().getChangePercent()),
                Inputs.trimToNull(input.note()), caller.username(), Instant.now());
        repository.flush();
        return assembler.view(agreement);
    }

    @Override
    @Transactional
    @RequiresRole({Role.REGIONALDIREKTION, Role.LAND})
    public AgreementView requestRenegotiation(long id, StepInput input) {
        validation.check(input, "AGREEMENT_INVALID");
        TargetAgreement agreement = lockSupervised(id, input.version());
        agreement.requestRenegotiation(Inputs.trimToNull(input.reason()), caller.username(), Instant.now());
        repository.flush();
        return assembler.view(agreement);
    }

    @Override
    @Transactional
    @RequiresRole({Role.REGIONALDIREKTION, Role.LAND})
    public AgreementView accept(long id, StepInput input) {
        validation.check(input, "AGREEMENT_INVALID");
        TargetAgreement agreement = lockSupervised(id, input.version());
        agreement.accept(Inputs.trimToNull(input.reason()), caller.username(), Instant.now());
        repository.flush();
        return assembler.view(agreement);
    }

    @Override
    @Transactional
    @RequiresRole(Role.GESCHAEFTSFUEHRUNG)
    public AgreementView conclude(long id, ConclusionInput input) {
        validation.check(input, "AGREEMENT_INVALID");
        TargetAgreement agreement = lockOwn(id, input.version());
        JobcenterView jobcenter = jobcenters.get(agreement.getAgencyNumber().value());
        agreement.conclude(input.concludedOn(), String.join("\n", AgreementParties.of(jobcenter)), caller.username(),
                Instant.now());
        programmeUpdate.apply(agreement);
        repository.flush();
        return assembler.view(agreement);
    }

    @Override
    public LevelOverview overview(String level, int year) {
        SupervisoryLevel chosen;
        if (caller.level().isPresent()) {
            chosen = caller.level().get();
        } else if (tenancy.isNational()) {
            chosen = SupervisoryLevel.parse(level);
            if (chosen == null) {
                throw new ValidationException("LEVEL_REQUIRED", "level", Text.of("planning.LEVEL_REQUIRED"));
            }
        } else {
            throw new AccessDeniedException("AGREEMENT_LEVEL_ONLY",
                    Text.of("planning.AGREEMENT_LEVEL_ONLY"));
        }
        List<JobcenterView> members = jobcenters.supervisedBy(chosen);
        List<TargetAgreement> rounds = repository.agreements(
                members.stream().map(j -> new AgencyNumber(j.agencyNumber())).toList(), year);
        return LevelTotals.overview(chosen, year, members, rounds, LocalDate.now());
    }

    /** The Jobcenter's own step: the caller's Jobcenter (its Geschäftsführung), never its level. */
    private TargetAgreement lockOwn(long id, long version) {
        TargetAgreement agreement = lock(id, version);
        if (!tenancy.mayAccess(agreement.getAgencyNumber())) {
            throw AccessDeniedException.otherJobcenter();
        }
        return agreement;
    }

    /** The level's step: only the level that supervises the Jobcenter. */
    private TargetAgreement lockSupervised(long id, long version) {
        TargetAgreement agreement = lock(id, version);
        if (!tenancy.maySupervise(agreement.getAgencyNumber())) {
            throw AccessDeniedException.otherJobcenter();
        }
        return agreement;
    }

    private TargetAgreement lock(long id, long version) {
        repository.findAgreement(id).orElseThrow(() -> notFound(id));
        TargetAgreement agreement = repository.lockAgreement(id);
        if (agreement.getVersion() != version) {
            if (agreement.getStatus() == de.leitstand.planning.domain.AgreementStatus.AGREED) {
                throw new ConflictException("AGREEMENT_CONCLUDED", Text.of("planning.AGREEMENT_CONCLUDED", agreement.getYear()));
            }
            throw ConflictException.concurrentModification();
        }
        return agreement;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("AGREEMENT_NOT_FOUND", Text.of("planning.AGREEMENT_NOT_FOUND", id));
    }
}
