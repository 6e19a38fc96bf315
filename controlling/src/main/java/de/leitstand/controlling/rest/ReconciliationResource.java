package de.leitstand.controlling.rest;

import de.leitstand.controlling.api.ReconciliationApi;
import de.leitstand.controlling.api.ReconciliationViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static de.leitstand.controlling.rest.ControllingResource.month;

/** The Kennzahlen as the BA publishes them, reconciled with the computed ones. */
@Path("controlling")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Controlling", description = "Basiszahlen, Kennzahlen nach § 48a SGB II, Vergleich, Zielnachhaltung")
public class ReconciliationResource {

    @Inject
    ReconciliationApi reconciliation;

    @POST
    @Path("published")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Veröffentlichte Kennzahlen der BA als CSV importieren (CONTROLLING)",
            description = "Spalten traeger_nr;monat;geschlecht;kennzahl;wert;zaehler;nenner;datenstand; Dezimalkomma bei ';'. "
                    + "Bei einem Fehler wird nichts übernommen; die Antwort nennt Zeile und Spalte jedes Fehlers.")
    public ReconciliationViews.PublishedImport importPublished(byte[] csv) {
        return reconciliation.importPublished(csv);
    }

    @GET
    @Path("reconciliation")
    @Operation(summary = "Abgleich berechnet gegen veröffentlicht für ein Jobcenter und einen Monat",
            description = "Je Kennzahl Differenz und Grund: Rundung, fehlende Basiszahlen, anderer Datenstand, ungeklärt.")
    public ReconciliationViews.JobcenterReconciliation reconcile(@QueryParam("agencyNumber") String agencyNumber,
                                                                 @QueryParam("month") String month, @QueryParam("gender") String gender) {
        return reconciliation.reconcile(agencyNumber, month("month", month, true), gender);
    }

    @GET
    @Path("reconciliation/national")
    @Operation(summary = "Jobcenter, deren berechnete Kennzahlen im Monat von den veröffentlichten abweichen")
    public ReconciliationViews.NationalReconciliation national(@QueryParam("month") String month, @QueryParam("gender") String gender) {
        return reconciliation.national(month("month", month, true), gender);
    }
}
