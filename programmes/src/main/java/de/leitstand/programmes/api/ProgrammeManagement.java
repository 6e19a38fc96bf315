package de.leitstand.programmes.api;

import de.leitstand.programmes.api.ProgrammeViews.AsOf;
import de.leitstand.programmes.api.ProgrammeViews.ClosureSummary;
import de.leitstand.programmes.api.ProgrammeViews.FundingProgrammeView;
import de.leitstand.programmes.api.ProgrammeViews.OrganisationView;
import de.leitstand.programmes.api.ProgrammeViews.PactSummary;
import de.leitstand.programmes.api.ProgrammeViews.PactView;

import java.time.LocalDate;
import java.util.List;

/**
 * Funding programmes and employment pacts. Programmes and organisations are shared master data (any
 * logged-in user reads; PROGRAMME, GESCHAEFTSFUEHRUNG and ADMIN change them). A pact is visible to
 * its member Jobcenters only; its lead Jobcenter maintains it; each member records and closes its own
 * participation. A refused request changes nothing.
 */
public interface ProgrammeManagement {

    List<FundingProgrammeView> programmes();

    FundingProgrammeView programme(long id);

    FundingProgrammeView createProgramme(ProgrammeInputs.Programme input);

    FundingProgrammeView changeProgramme(long id, ProgrammeInputs.Programme input);

    List<OrganisationView> organisations();

    OrganisationView createOrganisation(ProgrammeInputs.Organisation input);

    OrganisationView changeOrganisation(long id, ProgrammeInputs.Organisation input);

    /** @return the pacts the caller's Jobcenter is or was a member of (ADMIN: all) */
    List<PactSummary> pacts();

    PactView pact(long id);

    /** The pact on a given day: members, concept, coordinator. */
    AsOf pactAsOf(long id, LocalDate date);

    PactView createPact(ProgrammeInputs.NewPact input);

    PactView changeCoordinator(long pactId, ProgrammeInputs.Coordinator input);

    PactView join(long pactId, ProgrammeInputs.Membership input);

    PactView leave(long pactId, ProgrammeInputs.Membership input);

    PactView addPartner(long pactId, ProgrammeInputs.Partner input);

    PactView recordEvent(long pactId, ProgrammeInputs.Event input);

    /** Records the caller's own Jobcenter's figures of a year (creates or updates the row). */
    PactView recordParticipation(long pactId, ProgrammeInputs.Participation input);

    /** Closes the caller's Jobcenter's participation; its figures are final afterwards. */
    ClosureSummary close(long pactId, ProgrammeInputs.Closing input);

    /** @param agencyNumber the member (null: the caller's own Jobcenter) */
    ClosureSummary closureSummary(long pactId, String agencyNumber);
}
