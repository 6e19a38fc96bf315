package de.leitstand.reporting.rest;

import de.leitstand.kernel.api.Text;
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

    @Inject
    de.leitstand.reporting.api.ExportApi exports;

    @GET
    @Path("exports")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exportierbare Tabellen mit ihren Parametern")
    public List<de.leitstand.reporting.api.ExportApi.TableInfo> tables(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        return exports.tables(de.leitstand.kernel.api.Languages.of(headers.getAcceptableLanguages()));
    }

    @GET
    @Path("exports/{table}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @Operation(summary = "Eine Tabelle als CSV für Excel (format=excel: ';', UTF-8 mit BOM, Dezimalkomma), CSV nach RFC 4180 (format=csv) oder XLSX",
            description = "Weitere Query-Parameter je Tabelle, z. B. month=2020-12; siehe GET /reporting/exports.")
    public Response export(@PathParam("table") String table, @QueryParam("format") String format, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!"format".equals(name) && !values.isEmpty()) {
                parameters.put(name, values.get(0));
            }
        });
        ReportingViews.DocumentContent content = exports.export(table, parameters, format, de.leitstand.kernel.api.Languages.of(headers.getAcceptableLanguages()));
        return Response.ok(content.bytes(), content.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + content.fileName() + "\"").build();
    }

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
    @Path("controlling/preview")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Monatlicher Controllingbericht als HTML-Vorschau (month=JJJJ-MM)")
    public String controllingPreview(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("month") String month) {
        return reporting.controllingPreview(agencyNumber, month(month));
    }

    @POST
    @Path("controlling/document")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Monatlichen Controllingbericht als PDF erzeugen (GESCHAEFTSFUEHRUNG, CONTROLLING)")
    public ReportingViews.DocumentView controllingReport(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("month") String month) {
        return reporting.generateControllingReport(agencyNumber, month(month));
    }

    private static java.time.YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            throw new de.leitstand.kernel.api.ValidationException("MONTH_MISSING", "month", Text.of("reporting.MONTH_MISSING"));
        }
        try {
            return java.time.YearMonth.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new de.leitstand.kernel.api.ValidationException("MONTH_INVALID", "month", Text.of("kernel.NOT_A_MONTH", value));
        }
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
