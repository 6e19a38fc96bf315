package de.leitstand.planning.rest;

import de.leitstand.planning.api.TargetAgreements;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The planning round of the target agreement cascade (§ 48b SGB II) between a Jobcenter and its supervising level. */
@Path("planning/target-agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Zielvereinbarungen", description = "Planungsrunde: Planungsgrundlage, Zielwertangebot, Nachverhandlung, Zielvereinbarung")
public class TargetAgreementResource {

    @Inject
    TargetAgreements agreements;

    @GET
    @Operation(summary = "Planungsrunden", description = "Des eigenen Jobcenters; für REGIONALDIREKTION und LAND alle Jobcenter der Ebene "
            + "oder das mit agencyNumber genannte.")
    public List<TargetAgreements.AgreementView> list(@QueryParam("agencyNumber") String agencyNumber,
                                                     @QueryParam("year") Integer year) {
        return agreements.list(agencyNumber, year);
    }

    @POST
    @Operation(summary = "Planungsgrundlage veröffentlichen",
            description = "REGIONALDIREKTION (für die gE ihrer Region) oder LAND (für seine zkT): Referenzwerte oder Korridore und Frist.")
    public Response publish(TargetAgreements.BasisInput input) {
        return Response.status(Response.Status.CREATED).entity(agreements.publish(input)).build();
    }

    @GET
    @Path("overview")
    @Operation(summary = "Übersicht der Aufsichtsebene", description = "Stand aller Jobcenter der Ebene, Angebote gegen Referenzwerte, "
            + "Summen (Integrationen, nach ELB gewichtete Quote), Fristen; level nur für ADMIN (RD:…, LAND:…).")
    public TargetAgreements.LevelOverview overview(@QueryParam("year") int year, @QueryParam("level") String level) {
        return agreements.overview(level, year);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eine Planungsrunde mit allen Schritten")
    public TargetAgreements.AgreementView get(@PathParam("id") long id) {
        return agreements.get(id);
    }

    @POST
    @Path("{id}/offer")
    @Operation(summary = "Zielwertangebot abgeben (GESCHAEFTSFUEHRUNG)",
            description = "Integrationen, Quote und LZB-Veränderung aus dem Programm des Jahres; Quoten für Frauen und Männer; mit version.")
    public TargetAgreements.AgreementView offer(@PathParam("id") long id, TargetAgreements.OfferInput input) {
        return agreements.submitOffer(id, input);
    }

    @POST
    @Path("{id}/renegotiation")
    @Operation(summary = "Nachverhandlung erbitten (Aufsichtsebene, mit Begründung)")
    public TargetAgreements.AgreementView renegotiate(@PathParam("id") long id, TargetAgreements.StepInput input) {
        return agreements.requestRenegotiation(id, input);
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "Angebot annehmen (Aufsichtsebene)")
    public TargetAgreements.AgreementView accept(@PathParam("id") long id, TargetAgreements.StepInput input) {
        return agreements.accept(id, input);
    }

    @POST
    @Path("{id}/conclusion")
    @Operation(summary = "Zielvereinbarung unterzeichnen (GESCHAEFTSFUEHRUNG)",
            description = "Danach unveränderlich (409 AGREEMENT_CONCLUDED); das Programm des Jahres übernimmt die vereinbarten Ziele.")
    public TargetAgreements.AgreementView conclude(@PathParam("id") long id, TargetAgreements.ConclusionInput input) {
        return agreements.conclude(id, input);
    }
}
