package de.leitstand.planning.rest;

import de.leitstand.planning.api.TeamPlanning;
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

import java.util.List;

/** Teams and their integration offers (bottom-up planning). */
@Path("planning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Planung")
public class TeamResource {

    @Inject
    TeamPlanning teams;

    @GET
    @Path("teams")
    @Operation(summary = "Teams des Jobcenters")
    public List<TeamPlanning.TeamView> teams(@QueryParam("agencyNumber") String agencyNumber) {
        return teams.teams(agencyNumber);
    }

    @POST
    @Path("teams")
    @Operation(summary = "Team anlegen")
    public Response createTeam(@QueryParam("agencyNumber") String agencyNumber, TeamPlanning.TeamInput input) {
        return Response.status(Response.Status.CREATED).entity(teams.createTeam(agencyNumber, input)).build();
    }

    @PUT
    @Path("teams/{id}")
    @Operation(summary = "Team umbenennen oder deaktivieren")
    public TeamPlanning.TeamView changeTeam(@PathParam("id") long id, TeamPlanning.TeamInput input) {
        return teams.changeTeam(id, input);
    }

    @GET
    @Path("offers")
    @Operation(summary = "Zielwertangebote eines Jahres mit Summe und Lücke zum Ziel")
    public TeamPlanning.OfferOverview offers(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("year") int year) {
        return teams.offers(agencyNumber, year);
    }

    @POST
    @Path("offers")
    @Operation(summary = "Zielwertangebot eines Teams abgeben oder ändern (solange offen)")
    public TeamPlanning.OfferView submit(@QueryParam("agencyNumber") String agencyNumber, TeamPlanning.OfferInput input) {
        return teams.submitOffer(agencyNumber, input);
    }

    @POST
    @Path("offers/{id}/decision")
    @Operation(summary = "Angebot annehmen oder anpassen (GESCHAEFTSFUEHRUNG)")
    public TeamPlanning.OfferView decide(@PathParam("id") long id, TeamPlanning.Decision input) {
        return teams.decide(id, input);
    }
}
