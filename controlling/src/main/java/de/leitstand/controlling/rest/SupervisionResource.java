package de.leitstand.controlling.rest;

import de.leitstand.controlling.api.SupervisionApi;
import de.leitstand.controlling.api.SupervisionViews;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.util.List;

/** The Fachaufsicht: Prüffelder, audit plan, cases, error rates, findings and corrective actions. */
@Path("controlling/supervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Fachaufsicht", description = "Prüfplan, Prüffälle, Fehlerquoten, Feststellungen und Maßnahmen")
public class SupervisionResource {

    @Inject
    SupervisionApi supervision;

    @GET
    @Path("areas")
    @Operation(summary = "Prüffelder des Jobcenters (ohne agencyNumber: das eigene)")
    public List<SupervisionViews.AreaView> areas(@QueryParam("agencyNumber") String agencyNumber) {
        return supervision.areas(agencyNumber);
    }

    @POST
    @Path("areas")
    @Operation(summary = "Prüffeld anlegen oder ändern (FACHAUFSICHT); beim Ändern id und version mitsenden")
    public SupervisionViews.AreaView saveArea(@QueryParam("agencyNumber") String agencyNumber, SupervisionViews.AreaChange change) {
        return supervision.saveArea(agencyNumber, change);
    }

    @GET
    @Path("plan/{year}")
    @Operation(summary = "Risikoorientierter Prüfplan eines Jahres")
    public List<SupervisionViews.PlanLineView> plan(@PathParam("year") int year, @QueryParam("agencyNumber") String agencyNumber) {
        return supervision.plan(agencyNumber, year);
    }

    @PUT
    @Path("plan/{year}")
    @Operation(summary = "Planzeile eines Prüffelds anlegen oder ändern (FACHAUFSICHT): Risiko 1–5, Mindestprüfungen je Monat")
    public SupervisionViews.PlanLineView savePlanLine(@PathParam("year") int year, @QueryParam("agencyNumber") String agencyNumber,
                                                      SupervisionViews.PlanLineChange change) {
        return supervision.savePlanLine(agencyNumber, year, change);
    }

    @POST
    @Path("cases")
    @Operation(summary = "Prüffall erfassen (FACHAUFSICHT); Fallzeichen pseudonymisiert, nie ein Name")
    public SupervisionViews.CaseView recordCase(@QueryParam("agencyNumber") String agencyNumber, SupervisionViews.NewCase audited) {
        return supervision.recordCase(agencyNumber, audited);
    }

    @GET
    @Path("cases")
    @Operation(summary = "Prüffälle eines Monats")
    public List<SupervisionViews.CaseView> cases(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("month") String month) {
        return supervision.cases(agencyNumber, month(month));
    }

    @GET
    @Path("overview")
    @Operation(summary = "Fehlerquoten je Prüffeld (Monat und Jahresdurchschnitt) gegen Schwellenwert, Prüfdichte, Warnungen, überfällige Maßnahmen")
    public SupervisionViews.Overview overview(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("month") String month) {
        return supervision.overview(agencyNumber, month(month));
    }

    @GET
    @Path("findings")
    @Operation(summary = "Feststellungen mit ihren Maßnahmen")
    public List<SupervisionViews.FindingView> findings(@QueryParam("agencyNumber") String agencyNumber) {
        return supervision.findings(agencyNumber);
    }

    @POST
    @Path("findings")
    @Operation(summary = "Feststellung erfassen (FACHAUFSICHT)")
    public SupervisionViews.FindingView addFinding(@QueryParam("agencyNumber") String agencyNumber, SupervisionViews.NewFinding finding) {
        return supervision.addFinding(agencyNumber, finding);
    }

    @POST
    @Path("findings/{id}/actions")
    @Operation(summary = "Maßnahme zu einer Feststellung anlegen (FACHAUFSICHT): Verantwortliche, Fälligkeit")
    public SupervisionViews.ActionView addAction(@PathParam("id") Long findingId, SupervisionViews.NewAction action) {
        return supervision.addAction(findingId, action);
    }

    @POST
    @Path("actions/{id}/done")
    @Operation(summary = "Maßnahme als umgesetzt melden (FACHAUFSICHT); version mitsenden")
    public SupervisionViews.ActionView reportDone(@PathParam("id") Long actionId, @QueryParam("version") Long version) {
        return supervision.reportDone(actionId, version);
    }

    @POST
    @Path("actions/{id}/follow-up")
    @Operation(summary = "Nachprüfung einer Maßnahme (FACHAUFSICHT): wirksam schließt sie, nicht wirksam öffnet sie mit neuer Frist")
    public SupervisionViews.ActionView followUp(@PathParam("id") Long actionId, SupervisionViews.FollowUp check) {
        return supervision.followUp(actionId, check);
    }

    @GET
    @Path("actions/overdue")
    @Operation(summary = "Überfällige Maßnahmen des Jobcenters")
    public List<SupervisionViews.ActionView> overdue(@QueryParam("agencyNumber") String agencyNumber) {
        return supervision.overdueActions(agencyNumber);
    }

    private static YearMonth month(String value) {
        return ControllingResource.month("month", value, true);
    }
}
