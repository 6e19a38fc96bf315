package de.leitstand.controlling.rest;

import de.leitstand.controlling.api.StructureApi;
import de.leitstand.controlling.api.StructureViews;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
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

import java.math.BigDecimal;
import java.util.List;

/** Structure figures: Integrationsprognose × age, employed ELB by income, unemployed, annual averages. */
@Path("controlling/structure")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Strukturdaten", description = "Strukturdaten des Jobcenters für das Arbeitsmarkt- und Integrationsprogramm")
public class StructureResource {

    @Inject
    StructureApi structure;

    @GET
    @Path("figures")
    @Operation(summary = "Merkmale mit Kategorien und Altersgruppen (Dateiformat des Imports)")
    public List<StructureViews.FigureView> figures() {
        return structure.figures();
    }

    @POST
    @Path("imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Strukturdaten als CSV importieren (CONTROLLING)",
            description = "Spalten traeger_nr;zeitraum;merkmal;kategorie;altersgruppe;wert[;datenstand]; zeitraum JJJJ (Jahresdurchschnitt) "
                    + "oder JJJJ-MM. Bei einem Fehler wird nichts übernommen; die Antwort nennt Zeile und Spalte jedes Fehlers.")
    public StructureViews.ImportResult importFigures(byte[] csv, @QueryParam("datenstand") String vintage) {
        return structure.importFigures(csv, ControllingResource.month("datenstand", vintage, false));
    }

    @PUT
    @Path("values/{agencyNumber}/{figure}/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Einen Strukturwert von Hand erfassen oder korrigieren (CONTROLLING)")
    public StructureViews.ImportResult enter(@PathParam("agencyNumber") String agencyNumber, @PathParam("figure") String figure,
                                             @PathParam("period") String period, Entry entry) {
        Entry e = entry == null ? new Entry(null, null, null, null) : entry;
        return structure.enter(agencyNumber, figure, period, e.category(), e.ageGroup(), e.value(),
                ControllingResource.month("datenstand", e.vintage(), false));
    }

    /** One value: category and age group as in the file format, vintage as JJJJ-MM. */
    public record Entry(String category, String ageGroup, BigDecimal value, String vintage) {
    }

    @GET
    @Path("values/{agencyNumber}/{period}")
    @Operation(summary = "Gespeicherte Strukturwerte eines Zeitraums mit allen Datenständen")
    public List<StructureViews.StoredValue> values(@PathParam("agencyNumber") String agencyNumber, @PathParam("period") String period) {
        return structure.values(agencyNumber, period);
    }

    @GET
    @Path("prognosis")
    @Operation(summary = "ELB nach Integrationsprognose und Altersgruppe mit Anteilen (period: JJJJ = Jahresdurchschnitt oder JJJJ-MM)")
    public StructureViews.Table prognosis(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("period") String period) {
        return structure.prognosis(agencyNumber, period);
    }

    @GET
    @Path("employment")
    @Operation(summary = "Erwerbstätige ELB nach Einkommen mit Veränderung zum Vorjahresmonat")
    public StructureViews.Table employment(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("month") String month) {
        return structure.employment(agencyNumber, ControllingResource.month("month", month, true));
    }

    @GET
    @Path("unemployment")
    @Operation(summary = "Arbeitslose im SGB II mit Anteilen und SGB II-Arbeitslosenquote eines Monats")
    public StructureViews.Table unemployment(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("month") String month) {
        return structure.unemployment(agencyNumber, ControllingResource.month("month", month, true));
    }

    @GET
    @Path("annual-averages")
    @Operation(summary = "Jahresdurchschnitte von ELB und Bedarfsgemeinschaften (von–bis, höchstens 30 Jahre)")
    public List<StructureViews.AnnualAverage> annualAverages(@QueryParam("agencyNumber") String agencyNumber,
                                                            @QueryParam("from") String from, @QueryParam("to") String to) {
        return structure.annualAverages(agencyNumber, year("from", from), year("to", to));
    }

    /** A year from the query; a missing or non-numeric one is named instead of JAX-RS's bare 404. */
    private static int year(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("PERIOD_MISSING", parameter, Text.of("controlling.PERIOD_MISSING"));
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException("YEAR_INVALID", parameter, Text.of("kernel.NOT_A_YEAR", value));
        }
    }
}
