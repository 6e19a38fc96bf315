package de.leitstand.programmes.application;

import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.InputValidation;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.programmes.domain.Funder;
import de.leitstand.programmes.domain.FundingProgramme;
import de.leitstand.programmes.domain.ProgrammePhase;
import de.leitstand.programmes.domain.ProgrammesRepository;
import de.leitstand.programmes.domain.ReportingObligation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

import static de.leitstand.programmes.application.ProgrammesInput.notFound;
import static de.leitstand.programmes.application.ProgrammesInput.parse;
import static de.leitstand.programmes.application.ProgrammesInput.trim;

/**
 * Use case: the funding programmes as shared master data, with their phases and reporting obligations. Anyone
 * logged in reads them; PROGRAMME, GESCHAEFTSFUEHRUNG and ADMIN create them, and change what they may change as
 * shared data (the Jobcenter that created one, or a national user).
 */
@ApplicationScoped
public class FundingProgrammes {

    @Inject
    ProgrammesRepository repository;

    @Inject
    PactViews views;

    @Inject
    Caller caller;

    @Inject
    Tenancy tenancy;

    @Inject
    InputValidation validation;

    public List<ProgrammeViews.FundingProgrammeView> programmes() {
        return repository.programmes().stream().map(views::programme).toList();
    }

    public ProgrammeViews.FundingProgrammeView programme(long id) {
        return views.programme(requireProgramme(id));
    }

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

    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public ProgrammeViews.FundingProgrammeView changeProgramme(long id, ProgrammeInputs.Programme input) {
        validation.check(input, "PROGRAMME_INVALID");
        FundingProgramme programme = requireProgramme(id);
        tenancy.checkChangeShared(programme.getCreatedBy());
        ConflictException.requireVersion(input.version(), programme.getVersion());
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

    private FundingProgramme requireProgramme(long id) {
        return repository.programme(id).orElseThrow(() -> notFound("PROGRAMME_NOT_FOUND", Text.of("programmes.WHAT_KEIN_FOERDERPROGRAMM"), id));
    }
}
