package de.leitstand.programmes.application;

import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.programmes.api.ProgrammeViews.ClosureSummary;
import de.leitstand.programmes.api.ProgrammeViews.PactView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/**
 * {@link ProgrammeManagement} as one face of the use cases behind it: {@link FundingProgrammes},
 * {@link Organisations}, {@link Pacts} and {@link ParticipationAndClosure}. Each write carries the same role as the
 * use case it delegates to, so a refusal names the same roles whichever way it is reached.
 */
@ApplicationScoped
public class ProgrammeService implements ProgrammeManagement {

    @Inject
    FundingProgrammes fundingProgrammes;

    @Inject
    Organisations organisations;

    @Inject
    Pacts pacts;

    @Inject
    ParticipationAndClosure participation;

    // --- programmes and organisations --------------------------------------------------------------

    @Override
    public List<ProgrammeViews.FundingProgrammeView> programmes() {
        return fundingProgrammes.programmes();
    }

    @Override
    public ProgrammeViews.FundingProgrammeView programme(long id) {
        return fundingProgrammes.programme(id);
    }

    @Override
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public ProgrammeViews.FundingProgrammeView createProgramme(ProgrammeInputs.Programme input) {
        return fundingProgrammes.createProgramme(input);
    }

    @Override
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public ProgrammeViews.FundingProgrammeView changeProgramme(long id, ProgrammeInputs.Programme input) {
        return fundingProgrammes.changeProgramme(id, input);
    }

    @Override
    public List<ProgrammeViews.OrganisationView> organisations() {
        return organisations.organisations();
    }

    @Override
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public ProgrammeViews.OrganisationView createOrganisation(ProgrammeInputs.Organisation input) {
        return organisations.createOrganisation(input);
    }

    @Override
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public ProgrammeViews.OrganisationView changeOrganisation(long id, ProgrammeInputs.Organisation input) {
        return organisations.changeOrganisation(id, input);
    }

    // --- pacts ---------------------------------------------------------------------------------

    @Override
    public List<ProgrammeViews.PactSummary> pacts() {
        return pacts.pacts();
    }

    @Override
    public PactView pact(long id) {
        return pacts.pact(id);
    }

    @Override
    public ProgrammeViews.AsOf pactAsOf(long id, LocalDate date) {
        return pacts.pactAsOf(id, date);
    }

    @Override
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView createPact(ProgrammeInputs.NewPact input) {
        return pacts.createPact(input);
    }

    @Override
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView changeCoordinator(long pactId, ProgrammeInputs.Coordinator input) {
        return pacts.changeCoordinator(pactId, input);
    }

    @Override
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView join(long pactId, ProgrammeInputs.Membership input) {
        return pacts.join(pactId, input);
    }

    @Override
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView leave(long pactId, ProgrammeInputs.Membership input) {
        return pacts.leave(pactId, input);
    }

    @Override
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView addPartner(long pactId, ProgrammeInputs.Partner input) {
        return pacts.addPartner(pactId, input);
    }

    @Override
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PactView recordEvent(long pactId, ProgrammeInputs.Event input) {
        return pacts.recordEvent(pactId, input);
    }

    // --- participation and closure ------------------------------------------------------------------

    @Override
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG})
    public PactView recordParticipation(long pactId, ProgrammeInputs.Participation input) {
        return participation.recordParticipation(pactId, input);
    }

    @Override
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG})
    public ClosureSummary close(long pactId, ProgrammeInputs.Closing input) {
        return participation.close(pactId, input);
    }

    @Override
    public ClosureSummary closureSummary(long pactId, String agencyNumber) {
        return participation.closureSummary(pactId, agencyNumber);
    }
}
