package de.leitstand.controlling.rest;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Monthly figures, § 48a Kennzahlen, comparisons and target tracking. */
@Path("controlling")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Controlling", description = "Basiszahlen, Kennzahlen nach § 48a SGB II, Vergleich, Zielnachhaltung")
public class ControllingResource {

    @Inject
    ControllingApi controlling;

    @Inject
    de.leitstand.controlling.api.ImportCheckApi imports;

    @GET
    @Path("imports")
    @Operation(summary = "Die letzten angenommenen Importe (höchstens 50) mit der Zahl ihrer Plausibilitätswarnungen")
    public List<ControllingViews.ImportBatchView> imports() {
        return imports.imports();
    }

    @GET
    @Path("imports/{id}/warnings")
    @Operation(summary = "Die Plausibilitätswarnungen eines Imports, je mit dem Pfad der betroffenen Werte",
            description = "Ausreißer gegen die eigenen letzten 24 Monate (Median/MAD), Bestand und Bewegungen passen nicht, "
                    + "Teil größer als das Ganze, Frauen + Männer ≠ insgesamt, fehlender Monat in einer Reihe. Sie blockieren den Import nie.")
    public List<ControllingViews.ImportWarningView> warnings(@PathParam("id") long id) {
        return imports.warnings(id);
    }

    @POST
    @Path("imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Basiszahlen als CSV importieren (CONTROLLING)",
            description = "Spalten traeger_nr;monat;geschlecht;reihe;wert[;datenstand]; UTF-8 oder Windows-1252, ';' oder ','. "
                    + "Bei einem Fehler wird nichts übernommen; die Antwort nennt Zeile und Spalte jedes Fehlers.")
    public ControllingViews.ImportResult importFigures(byte[] csv, @QueryParam("datenstand") String vintage) {
        return controlling.importFigures(csv, month("datenstand", vintage, false));
    }

    @PUT
    @Path("values/{agencyNumber}/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Einen Monat von Hand erfassen oder korrigieren (CONTROLLING)",
            description = "Körper: Reihe → Wert, z. B. {\"ELB\": 5485, \"INT\": 97}. Ein neuer Wert braucht keine Vorbedingung; "
                    + "wer einen gespeicherten Wert korrigiert, sendet den ETag des zuletzt gelesenen Monats (GET) als If-Match. "
                    + "Sonst 409 VALUES_EXIST; ein veralteter Stand oder ein gleichzeitiger Schreiber desselben Werts: 409.")
    public ControllingViews.ImportResult enter(@PathParam("agencyNumber") String agencyNumber, @PathParam("month") String month,
                                               @QueryParam("gender") String gender, @QueryParam("datenstand") String vintage,
                                               @jakarta.ws.rs.HeaderParam("If-Match") String ifMatch,
                                               Map<String, BigDecimal> values) {
        return controlling.enterMonth(agencyNumber, month("month", month, true), gender, month("datenstand", vintage, false), values,
                ifMatch == null || ifMatch.isBlank() ? null : ifMatch);
    }

    @GET
    @Path("values/{agencyNumber}/{month}")
    @Operation(summary = "Gespeicherte Basiszahlen eines Monats mit allen Datenständen",
            description = "Der ETag der Antwort ist der Stand des Monats; zum Korrigieren als If-Match an PUT senden.")
    public List<ControllingViews.BasisValueView> values(@PathParam("agencyNumber") String agencyNumber, @PathParam("month") String month,
                                                        @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletResponse response) {
        YearMonth parsed = month("month", month, true);
        // the stand first: a write in between makes it older than the values, so a correction based on them is refused
        String stand = controlling.valuesStand(agencyNumber, parsed);
        List<ControllingViews.BasisValueView> values = controlling.basisValues(agencyNumber, parsed);
        response.setHeader("ETag", "\"" + stand + "\"");
        return values;
    }

    @GET
    @Path("kpis")
    @Operation(summary = "Alle Kennzahlen eines Jobcenters und Monats", description = "Ohne agencyNumber das eigene Jobcenter.")
    public List<ControllingViews.KpiView> kpis(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("month") String month,
                                                @QueryParam("gender") String gender, @QueryParam("datenstand") String vintage) {
        return controlling.kpis(agencyNumber, month("month", month, true), gender, month("datenstand", vintage, false));
    }

    @GET
    @Path("kpis/{code}")
    @Operation(summary = "Eine Kennzahl mit Zähler und Nenner")
    public ControllingViews.KpiView kpi(@PathParam("code") String code, @QueryParam("agencyNumber") String agencyNumber,
                                        @QueryParam("month") String month, @QueryParam("gender") String gender,
                                        @QueryParam("datenstand") String vintage) {
        return controlling.kpi(agencyNumber, code, month("month", month, true), gender, month("datenstand", vintage, false));
    }

    @GET
    @Path("series/{code}")
    @Operation(summary = "Zeitreihe einer Kennzahl eines Jobcenters (von–bis, höchstens 60 Monate)")
    public List<ControllingViews.SeriesPoint> series(@PathParam("code") String code, @QueryParam("agencyNumber") String agencyNumber,
                                                     @QueryParam("from") String from, @QueryParam("to") String to) {
        return controlling.series(agencyNumber, code, month("from", from, true), month("to", to, true));
    }

    @GET
    @Path("comparison/{code}")
    @Operation(summary = "Eine Kennzahl für alle Jobcenter eines Monats, nach Rang")
    public ControllingViews.Comparison compare(@PathParam("code") String code, @QueryParam("month") String month,
                                               @QueryParam("gender") String gender, @QueryParam("group") String group) {
        return controlling.compare(code, month("month", month, true), gender, group);
    }

    @GET
    @Path("national")
    @Operation(summary = "Alle Kennzahlen aller Jobcenter eines Monats (bundesweite Tabelle, veröffentlichte Statistik)")
    public ControllingViews.NationalTable national(@QueryParam("month") String month, @QueryParam("gender") String gender) {
        return controlling.national(month("month", month, true), gender);
    }

    @GET
    @Path("comparison-types")
    @Operation(summary = "Vergleichstypen mit den im Monat zugeordneten Jobcentern (ohne Monat: aktueller)")
    public List<ControllingViews.ComparisonTypeView> comparisonTypes(@QueryParam("month") String month) {
        return controlling.comparisonTypes(month("month", month, false));
    }

    @PUT
    @Path("comparison-types/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vergleichstyp anlegen oder ändern (ADMIN)", description = "Beim Ändern die zuletzt gelesene version mitsenden.")
    public ControllingViews.ComparisonTypeView saveComparisonType(@PathParam("code") String code, ComparisonTypeChange change) {
        ComparisonTypeChange c = change == null ? new ComparisonTypeChange(null, null, null, null) : change;
        return controlling.saveComparisonType(code, c.name(), month("validFrom", c.validFrom(), true), month("validTo", c.validTo(), false),
                c.version());
    }

    @POST
    @Path("comparison-types/{code}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Jobcenter ab einem Monat einem Vergleichstyp zuordnen (ADMIN); die bisherige Zuordnung endet im Vormonat")
    public ControllingViews.ComparisonTypeView assign(@PathParam("code") String code, Assignment assignment) {
        Assignment a = assignment == null ? new Assignment(null, null) : assignment;
        return controlling.assignComparisonType(code, a.agencyNumber(), month("from", a.from(), true));
    }

    @jakarta.ws.rs.DELETE
    @Path("comparison-types/{code}/members/{agencyNumber}/{from}")
    @Operation(summary = "Zuordnung eines Jobcenters zu einem Vergleichstyp löschen (ADMIN); die vorherige Zuordnung läuft weiter")
    public ControllingViews.ComparisonTypeView removeAssignment(@PathParam("code") String code, @PathParam("agencyNumber") String agencyNumber,
                                                               @PathParam("from") String from) {
        return controlling.removeAssignment(code, agencyNumber, month("from", from, true));
    }

    /** The body of a Vergleichstyp change; months as JJJJ-MM. */
    public record ComparisonTypeChange(String name, String validFrom, String validTo, Long version) {
    }

    /** The body of an assignment; {@code from} as JJJJ-MM. */
    public record Assignment(String agencyNumber, String from) {
    }

    @GET
    @Path("tracking")
    @Operation(summary = "Zielnachhaltung: Jahresfortschritt gegen die Ziele des Programms, Prognose, Ampel")
    public ControllingViews.TargetTracking tracking(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("month") String month) {
        return controlling.tracking(agencyNumber, month("month", month, true));
    }

    static YearMonth month(String parameter, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ValidationException("MONTH_MISSING", parameter, Text.of("controlling.MONTH_MISSING"));
            }
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException("MONTH_INVALID", parameter, Text.of("kernel.NOT_A_MONTH", value));
        }
    }
}
