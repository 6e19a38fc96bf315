package de.leitstand.planning.rest;

import de.leitstand.planning.api.AllocationPlanning;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** EinglMV shares, allocation estimates and the federal share of administrative costs. */
@Path("planning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planung")
public class AllocationResource {

    @Inject
    AllocationPlanning allocation;

    @GET
    @Path("estimate")
    @Operation(summary = "Schätzung der Zuteilung nach der Eingliederungsmittelverordnung",
            description = "Anteil des Jobcenters an den bundesweit nach Anlage 2, 3 (EGL) und 4 (VK) verteilten Beträgen.")
    public AllocationPlanning.Estimate estimate(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("year") int year,
                                                @QueryParam("integrationAnnex2") BigDecimal annex2,
                                                @QueryParam("integrationAnnex3") BigDecimal annex3,
                                                @QueryParam("administrationAnnex4") BigDecimal annex4) {
        return allocation.estimate(agencyNumber, year, annex2, annex3, annex4);
    }

    @GET
    @Path("allocation-shares")
    @Operation(summary = "Jahre mit hinterlegten EinglMV-Anteilen")
    public List<Integer> shareYears() {
        return allocation.shareYears();
    }

    @PUT
    @Path("allocation-shares/{year}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "EinglMV-Anteile eines Jahres importieren (ADMIN)",
            description = "CSV wie die mitgelieferte Tabelle 2022; bei einem Fehler wird nichts übernommen (Zeile und Spalte im Fehler).")
    public Map<String, Integer> importShares(@PathParam("year") int year, InputStream csv) {
        return Map.of("imported", allocation.importShares(year, csv));
    }

    @GET
    @Path("federal-shares/{year}")
    @Operation(summary = "Bundesanteil an den Gesamtverwaltungskosten eines Jahres")
    public AllocationPlanning.FederalShareView federalShare(@PathParam("year") int year) {
        return allocation.federalShare(year);
    }

    @PUT
    @Path("federal-shares/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bundesanteil eines Jahres festlegen (ADMIN)")
    public AllocationPlanning.FederalShareView changeFederalShare(@PathParam("year") int year, FederalShareChange change) {
        return allocation.changeFederalShare(year, change == null ? null : change.percent(), change == null ? 0 : change.version());
    }

    /** The body of a federal share change. */
    public record FederalShareChange(BigDecimal percent, long version) {
    }
}
