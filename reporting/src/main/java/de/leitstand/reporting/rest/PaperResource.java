package de.leitstand.reporting.rest;

import de.leitstand.reporting.api.PaperApi;
import de.leitstand.reporting.api.PaperViews;
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

import java.util.List;

/** Committee papers: drafts, release with Drucksachen-Nr. and PDF, the issuing body. */
@Path("reporting")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vorlagen", description = "Mitteilungs- und Beschlussvorlagen für Gremien")
public class PaperResource {

    @Inject
    PaperApi papers;

    @GET
    @Path("body")
    @Operation(summary = "Körperschaft und Nummernschema der Vorlagen des Jobcenters")
    public PaperViews.BodyView body(@QueryParam("agencyNumber") String agencyNumber) {
        return papers.body(agencyNumber);
    }

    @PUT
    @Path("body")
    @Operation(summary = "Körperschaft, Stelle, Wahlperiode und nächste laufende Nummer festlegen (GESCHAEFTSFUEHRUNG, ADMIN)")
    public PaperViews.BodyView saveBody(@QueryParam("agencyNumber") String agencyNumber, PaperViews.BodyChange change) {
        return papers.saveBody(agencyNumber, change);
    }

    @GET
    @Path("papers")
    @Operation(summary = "Vorlagen des Jobcenters, neueste zuerst")
    public List<PaperViews.PaperView> papers(@QueryParam("agencyNumber") String agencyNumber) {
        return papers.papers(agencyNumber);
    }

    @POST
    @Path("papers")
    @Operation(summary = "Vorlage als Entwurf anlegen (GESCHAEFTSFUEHRUNG, CONTROLLING, PROGRAMME)")
    public PaperViews.PaperView create(@QueryParam("agencyNumber") String agencyNumber, PaperViews.PaperInput input) {
        return papers.create(agencyNumber, input);
    }

    @POST
    @Path("papers/from-closure/{pactId}")
    @Operation(summary = "Mitteilungsvorlage zum Abschluss eines Beschäftigungspakts anlegen; der Sachverhalt kommt aus den Programmdaten")
    public PaperViews.PaperView fromClosure(@PathParam("pactId") long pactId, @QueryParam("agencyNumber") String agencyNumber) {
        return papers.createFromClosure(agencyNumber, pactId);
    }

    @GET
    @Path("papers/{id}")
    @Operation(summary = "Eine Vorlage")
    public PaperViews.PaperView paper(@PathParam("id") long id) {
        return papers.paper(id);
    }

    @PUT
    @Path("papers/{id}")
    @Operation(summary = "Entwurf ändern (mit der zuletzt gelesenen version); freigegebene Vorlagen sind unveränderlich")
    public PaperViews.PaperView change(@PathParam("id") long id, PaperViews.PaperInput input) {
        return papers.change(id, input);
    }

    @GET
    @Path("papers/{id}/preview")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Vorlage als HTML-Vorschau")
    public String preview(@PathParam("id") long id) {
        return papers.preview(id);
    }

    @POST
    @Path("papers/{id}/release")
    @Operation(summary = "Vorlage freigeben (GESCHAEFTSFUEHRUNG): Drucksachen-Nr., PDF (PDF/UA-1, PDF/A-3a), danach unveränderlich")
    public PaperViews.PaperView release(@PathParam("id") long id, @QueryParam("version") Long version) {
        return papers.release(id, version);
    }

    @POST
    @Path("papers/{id}/withdraw")
    @Operation(summary = "Freigegebene Vorlage zurückziehen (GESCHAEFTSFUEHRUNG); OParl veröffentlicht sie danach als gelöscht")
    public PaperViews.PaperView withdraw(@PathParam("id") long id, @QueryParam("version") Long version) {
        return papers.withdraw(id, version);
    }
}
