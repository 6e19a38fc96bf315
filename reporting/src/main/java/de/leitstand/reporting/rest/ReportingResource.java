package de.leitstand.reporting.rest;

import de.leitstand.reporting.api.ReportingApi;
import de.leitstand.reporting.api.ReportingViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** Generated documents: the programme document (HTML preview, PDF), the history, downloads. */
@Path("reporting")
@RequestScoped
@Tag(name = "Berichte", description = "Programmdokument, Dokumenthistorie, Downloads")
public class ReportingResource {

    @Inject
    ReportingApi reporting;

    @GET
    @Path("programmes/{id}/preview")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Programmdokument einer Planungsversion als HTML-Vorschau")
    public String preview(@PathParam("id") long programmeId) {
        return reporting.programmePreview(programmeId);
    }

    @POST
    @Path("programmes/{id}/document")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Programmdokument als PDF (PDF/UA-1, PDF/A-3a) erzeugen und in der Historie ablegen (GESCHAEFTSFUEHRUNG, CONTROLLING)")
    public ReportingViews.DocumentView generate(@PathParam("id") long programmeId) {
        return reporting.generateProgramme(programmeId);
    }

    @GET
    @Path("documents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erzeugte Dokumente des Jobcenters, neueste zuerst, mit Datengrundlage und SHA-512")
    public List<ReportingViews.DocumentView> documents(@QueryParam("agencyNumber") String agencyNumber) {
        return reporting.documents(agencyNumber);
    }

    @GET
    @Path("documents/{id}/content")
    @Produces({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Ein erzeugtes Dokument herunterladen")
    public Response content(@PathParam("id") long documentId) {
        ReportingViews.DocumentContent content = reporting.content(documentId);
        return Response.ok(content.bytes(), content.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + content.fileName() + "\"").build();
    }
}
