package de.leitstand.programmes.rest;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.programmes.api.ChangeProposals;
import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Funding programmes, organisations, employment pacts, participation and closure. */
@Path("programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programme", description = "Förderprogramme, Beschäftigungspakte, Teilnahme und Abschluss")
public class ProgrammesResource {

    @Inject
    ProgrammeManagement programmes;

    @Inject
    ChangeProposals proposals;

    @GET
    @Path("funding")
    @Operation(summary = "Förderprogramme")
    public List<ProgrammeViews.FundingProgrammeView> list() {
        return programmes.programmes();
    }

    @GET
    @Path("funding/{id}")
    @Operation(summary = "Ein Förderprogramm mit Phasen und Berichtspflichten")
    public ProgrammeViews.FundingProgrammeView get(@PathParam("id") long id) {
        return programmes.programme(id);
    }

    @POST
    @Path("funding")
    @Operation(summary = "Förderprogramm anlegen (PROGRAMME, GESCHAEFTSFUEHRUNG, ADMIN)")
    public Response create(ProgrammeInputs.Programme input) {
        return Response.status(Response.Status.CREATED).entity(programmes.createProgramme(input)).build();
    }

    @PUT
    @Path("funding/{id}")
    @Operation(summary = "Förderprogramm ändern")
    public ProgrammeViews.FundingProgrammeView change(@PathParam("id") long id, ProgrammeInputs.Programme input) {
        return programmes.changeProgramme(id, input);
    }

    @POST
    @Path("funding/{id}/proposals")
    @Operation(summary = "Änderung eines Förderprogramms vorschlagen, das ein anderes Jobcenter oder die Administration angelegt hat")
    public Response proposeProgrammeChange(@PathParam("id") long id, ProgrammeInputs.Programme input) {
        return Response.status(Response.Status.CREATED).entity(proposals.proposeProgrammeChange(id, input)).build();
    }

    @POST
    @Path("organisations/{id}/proposals")
    @Operation(summary = "Änderung einer Organisation vorschlagen, die ein anderes Jobcenter oder die Administration angelegt hat")
    public Response proposeOrganisationChange(@PathParam("id") long id, ProgrammeInputs.Organisation input) {
        return Response.status(Response.Status.CREATED).entity(proposals.proposeOrganisationChange(id, input)).build();
    }

    @GET
    @Path("proposals")
    @Operation(summary = "Änderungsvorschläge, die das eigene Jobcenter gemacht oder erhalten hat")
    public List<ChangeProposals.ProposalView> proposals() {
        return proposals.proposals();
    }

    @POST
    @Path("proposals/{id}/accept")
    @Operation(summary = "Änderungsvorschlag annehmen (übernimmt die Änderung; Anlegende oder ADMIN)")
    public ChangeProposals.ProposalView acceptProposal(@PathParam("id") long id, @QueryParam("version") Long version) {
        return proposals.accept(id, requireVersion(version));
    }

    @POST
    @Path("proposals/{id}/reject")
    @Operation(summary = "Änderungsvorschlag mit Begründung ablehnen (Anlegende oder ADMIN)")
    public ChangeProposals.ProposalView rejectProposal(@PathParam("id") long id, ChangeProposals.Rejection rejection) {
        return proposals.reject(id, rejection);
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw new ValidationException("VERSION_MISSING", "version", Text.of("programmes.VERSION_MISSING"));
        }
        return version;
    }

    @GET
    @Path("organisations")
    @Operation(summary = "Externe Organisationen")
    public List<ProgrammeViews.OrganisationView> organisations() {
        return programmes.organisations();
    }

    @POST
    @Path("organisations")
    @Operation(summary = "Organisation anlegen")
    public Response createOrganisation(ProgrammeInputs.Organisation input) {
        return Response.status(Response.Status.CREATED).entity(programmes.createOrganisation(input)).build();
    }

    @PUT
    @Path("organisations/{id}")
    @Operation(summary = "Organisation ändern")
    public ProgrammeViews.OrganisationView changeOrganisation(@PathParam("id") long id, ProgrammeInputs.Organisation input) {
        return programmes.changeOrganisation(id, input);
    }

    @GET
    @Path("pacts")
    @Operation(summary = "Beschäftigungspakte des eigenen Jobcenters (ADMIN: alle)")
    public List<ProgrammeViews.PactSummary> pacts() {
        return programmes.pacts();
    }

    @GET
    @Path("pacts/{id}")
    @Operation(summary = "Ein Pakt mit Mitgliedern, Partnern, Verlauf und Teilnahme", description = "Nur für Mitglieder des Pakts.")
    public ProgrammeViews.PactView pact(@PathParam("id") long id) {
        return programmes.pact(id);
    }

    @GET
    @Path("pacts/{id}/as-of")
    @Operation(summary = "Der Pakt zu einem Stichtag", description = "date als JJJJ-MM-TT")
    public ProgrammeViews.AsOf asOf(@PathParam("id") long id, @QueryParam("date") String date) {
        return programmes.pactAsOf(id, parseDate(date));
    }

    @POST
    @Path("pacts")
    @Operation(summary = "Pakt anlegen; das eigene Jobcenter ist federführend")
    public Response createPact(ProgrammeInputs.NewPact input) {
        return Response.status(Response.Status.CREATED).entity(programmes.createPact(input)).build();
    }

    @PUT
    @Path("pacts/{id}/coordinator")
    @Operation(summary = "Koordination ändern (federführendes Jobcenter)")
    public ProgrammeViews.PactView coordinator(@PathParam("id") long id, ProgrammeInputs.Coordinator input) {
        return programmes.changeCoordinator(id, input);
    }

    @POST
    @Path("pacts/{id}/members")
    @Operation(summary = "Beitritt eines Jobcenters (federführendes Jobcenter)")
    public ProgrammeViews.PactView join(@PathParam("id") long id, ProgrammeInputs.Membership input) {
        return programmes.join(id, input);
    }

    @POST
    @Path("pacts/{id}/members/leave")
    @Operation(summary = "Austritt eines Jobcenters (federführendes Jobcenter)")
    public ProgrammeViews.PactView leave(@PathParam("id") long id, ProgrammeInputs.Membership input) {
        return programmes.leave(id, input);
    }

    @POST
    @Path("pacts/{id}/partners")
    @Operation(summary = "Partner hinzufügen (federführendes Jobcenter)")
    public ProgrammeViews.PactView partner(@PathParam("id") long id, ProgrammeInputs.Partner input) {
        return programmes.addPartner(id, input);
    }

    @POST
    @Path("pacts/{id}/events")
    @Operation(summary = "Ereignis erfassen, z. B. Konzeptwechsel (federführendes Jobcenter)")
    public ProgrammeViews.PactView event(@PathParam("id") long id, ProgrammeInputs.Event input) {
        return programmes.recordEvent(id, input);
    }

    @PUT
    @Path("pacts/{id}/participation")
    @Operation(summary = "Teilnahmezahlen des eigenen Jobcenters für ein Jahr erfassen")
    public ProgrammeViews.PactView participation(@PathParam("id") long id, ProgrammeInputs.Participation input) {
        return programmes.recordParticipation(id, input);
    }

    @POST
    @Path("pacts/{id}/closure")
    @Operation(summary = "Programmteilnahme des eigenen Jobcenters abschließen")
    public ProgrammeViews.ClosureSummary close(@PathParam("id") long id, ProgrammeInputs.Closing input) {
        return programmes.close(id, input);
    }

    @GET
    @Path("pacts/{id}/closure-summary")
    @Operation(summary = "Abschlussbericht der Teilnahme eines Mitglieds (Grundlage der Mitteilungsvorlage)")
    public ProgrammeViews.ClosureSummary summary(@PathParam("id") long id, @QueryParam("agencyNumber") String agencyNumber) {
        return programmes.closureSummary(id, agencyNumber);
    }

    private static LocalDate parseDate(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException("DATE_INVALID", "date", Text.of("kernel.DATE_INVALID", value));
        }
    }
}
