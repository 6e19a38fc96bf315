package de.leitstand.planning.rest;

import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Text;
import de.leitstand.planning.api.ProgrammeComparison;
import de.leitstand.planning.api.ProgrammeInputs;
import de.leitstand.planning.api.ProgrammePlanning;
import de.leitstand.planning.api.ProgrammeSummary;
import de.leitstand.planning.api.ProgrammeView;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The yearly programmes and their versions. */
@Path("planning/programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Planung", description = "Arbeitsmarkt- und Integrationsprogramm: Ziele, Budget, Personal, Texte, Versionen")
public class ProgrammeResource {

    @Inject
    ProgrammePlanning planning;

    @GET
    @Operation(summary = "Programmversionen", description = "Alle Versionen des eigenen Jobcenters (ADMIN: aller), nach Jahr gefiltert.")
    public List<ProgrammeSummary> list(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("year") Integer year) {
        return planning.list(agencyNumber, year);
    }

    @GET
    @Path("catalogue")
    @Operation(summary = "Erlaubte Werte aller Auswahlfelder mit Bezeichnung")
    public de.leitstand.planning.api.Catalogue catalogue() {
        return planning.catalogue();
    }

    @GET
    @Path("current")
    @Operation(summary = "Aktuelle Version eines Jahres")
    public ProgrammeView current(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("year") int year) {
        return planning.current(agencyNumber, year).orElseThrow(() -> new NotFoundException("PROGRAMME_NOT_FOUND",
                Text.of("planning.PROGRAMME_NOT_FOUND_FOR_YEAR", year)));
    }

    @POST
    @Operation(summary = "Programm für ein Jahr anlegen", description = "CONTROLLING oder GESCHAEFTSFUEHRUNG; 409 PROGRAMME_EXISTS, wenn es das Jahr schon gibt.")
    public Response create(@QueryParam("agencyNumber") String agencyNumber, ProgrammeInputs.NewProgramme input,
                           @Context UriInfo uri) {
        ProgrammeView created = planning.create(agencyNumber, input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.summary().id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eine Version mit allen berechneten Werten")
    public ProgrammeView get(@PathParam("id") long id) {
        return planning.get(id);
    }

    @PUT
    @Path("{id}/targets")
    @Operation(summary = "Ziele 2 und 3 ändern")
    public ProgrammeView targets(@PathParam("id") long id, ProgrammeInputs.Targets input) {
        return planning.changeTargets(id, input);
    }

    @PUT
    @Path("{id}/goals")
    @Operation(summary = "Lokale und kommunale Ziele ändern")
    public ProgrammeView goals(@PathParam("id") long id, ProgrammeInputs.Goals input) {
        return planning.changeGoals(id, input);
    }

    @GET
    @Path("{id}/target-path/proposal")
    @Operation(summary = "Vorschlag für den Soll-Pfad", description = "Monatsprofil des Vorjahres auf das Jahresziel skaliert, sonst gleichmäßig.")
    public List<Integer> proposal(@PathParam("id") long id) {
        return planning.proposeTargetPath(id);
    }

    @PUT
    @Path("{id}/target-path")
    @Operation(summary = "Soll-Pfad ändern", description = "Zwölf Monatswerte, deren Summe das Jahresziel ist.")
    public ProgrammeView targetPath(@PathParam("id") long id, ProgrammeInputs.TargetPath input) {
        return planning.changeTargetPath(id, input);
    }

    @PUT
    @Path("{id}/budget")
    @Operation(summary = "Budget, Umschichtungen, Planzeilen und Ausgabenprofil ändern")
    public ProgrammeView budget(@PathParam("id") long id, ProgrammeInputs.Budget input) {
        return planning.changeBudget(id, input);
    }

    @PUT
    @Path("{id}/staff")
    @Operation(summary = "Personal und Betreuungsschlüssel ändern")
    public ProgrammeView staff(@PathParam("id") long id, ProgrammeInputs.Staff input) {
        return planning.changeStaff(id, input);
    }

    @PUT
    @Path("{id}/sections")
    @Operation(summary = "Textkapitel ändern", description = "HTML wird auf einen sicheren Umfang bereinigt.")
    public ProgrammeView sections(@PathParam("id") long id, ProgrammeInputs.Sections input) {
        return planning.changeSections(id, input);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "In Abstimmung geben")
    public ProgrammeView submit(@PathParam("id") long id, ProgrammeInputs.Step input) {
        return planning.submit(id, input);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Aus der Abstimmung zurückgeben (GESCHAEFTSFUEHRUNG)")
    public ProgrammeView returnToDraft(@PathParam("id") long id, ProgrammeInputs.Step input) {
        return planning.returnToDraft(id, input);
    }

    @POST
    @Path("{id}/agree")
    @Operation(summary = "Vereinbaren (GESCHAEFTSFUEHRUNG)", description = "Danach ist die Version unveränderlich.")
    public ProgrammeView agree(@PathParam("id") long id, ProgrammeInputs.Agreement input) {
        return planning.agree(id, input);
    }

    @POST
    @Path("{id}/revise")
    @Operation(summary = "Vereinbarte Version fortschreiben", description = "Legt eine neue Version (FORTGESCHRIEBEN) mit Begründung an.")
    public Response revise(@PathParam("id") long id, ProgrammeInputs.Revision input, @Context UriInfo uri) {
        ProgrammeView revision = planning.revise(id, input);
        return Response.created(uri.getBaseUriBuilder().path("planning/programmes")
                .path(Long.toString(revision.summary().id())).build()).entity(revision).build();
    }

    @GET
    @Path("compare")
    @Operation(summary = "Zwei Versionen Feld für Feld vergleichen")
    public ProgrammeComparison compare(@QueryParam("left") long left, @QueryParam("right") long right) {
        return planning.compare(left, right);
    }
}
