package de.leitstand.controlling.rest;

import de.leitstand.controlling.api.SteeringApi;
import de.leitstand.controlling.api.SteeringViews;
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
import java.time.LocalDate;
import java.util.List;

/** Quality standards and target review dialogues (Zielnachhaltedialoge) with steering actions. */
@Path("controlling")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Qualität und Zielnachhaltedialoge", description = "Qualitätsstandards mit Zielwerten, Zielnachhaltedialoge, Steuerungsmaßnahmen")
public class SteeringResource {

    @Inject
    SteeringApi steering;

    @GET
    @Path("quality/standards")
    @Operation(summary = "Qualitätsstandards des Jobcenters (Kundenzufriedenheit, Prozessqualität, operative Mindeststandards)")
    public List<SteeringViews.StandardView> standards(@QueryParam("agencyNumber") String agencyNumber) {
        return steering.standards(agencyNumber);
    }

    @POST
    @Path("quality/standards")
    @Operation(summary = "Qualitätsstandard anlegen oder ändern (CONTROLLING); Art NOTE (1,0–6,0, niedriger ist besser), INDEX oder PROZENT")
    public SteeringViews.StandardView saveStandard(@QueryParam("agencyNumber") String agencyNumber, SteeringViews.StandardChange change) {
        return steering.saveStandard(agencyNumber, change);
    }

    @PUT
    @Path("quality/values/{standardId}/{month}")
    @Operation(summary = "Ist-Wert eines Standards in einem Monat erfassen oder korrigieren (CONTROLLING)", description = "Körper: {\"actual\": 2.1}")
    public SteeringViews.QualityRow enterQuality(@PathParam("standardId") Long standardId, @PathParam("month") String month, Actual actual) {
        return steering.enterQuality(standardId, ControllingResource.month("month", month, true), actual == null ? null : actual.actual());
    }

    /** The body of a quality value. */
    public record Actual(BigDecimal actual) {
    }

    @GET
    @Path("quality")
    @Operation(summary = "Qualitätsstandards im Monat gegen ihre Zielwerte (mit den letzten zwölf Monaten)")
    public SteeringViews.QualityTracking quality(@QueryParam("agencyNumber") String agencyNumber, @QueryParam("month") String month) {
        return steering.quality(agencyNumber, ControllingResource.month("month", month, true));
    }

    @GET
    @Path("reviews")
    @Operation(summary = "Zielnachhaltedialoge mit Kennzahlen-Stand und Steuerungsmaßnahmen")
    public List<SteeringViews.ReviewView> reviews(@QueryParam("agencyNumber") String agencyNumber) {
        return steering.reviews(agencyNumber);
    }

    @POST
    @Path("reviews")
    @Operation(summary = "Zielnachhaltedialog erfassen (GESCHAEFTSFUEHRUNG, CONTROLLING, REGIONALDIREKTION, LAND); die Kennzahlen werden mit ihrem Stand festgehalten",
            description = "figuresMonth als JJJJ-MM; ohne kpiCodes die Schlüsselkennzahlen K1, K2, K3. Erfasst die Aufsichtsebene (mit "
                    + "agencyNumber eines ihrer Jobcenter), ist es ein Dialog mit ihr (levelParticipant).")
    public SteeringViews.ReviewView recordReview(@QueryParam("agencyNumber") String agencyNumber, Review review) {
        Review r = review == null ? new Review(null, null, null, null, null) : review;
        return steering.recordReview(agencyNumber, new SteeringViews.NewReview(r.heldOn(),
                ControllingResource.month("figuresMonth", r.figuresMonth(), true), r.participants(), r.assessment(), r.kpiCodes()));
    }

    /** The body of a review dialogue; {@code figuresMonth} as JJJJ-MM. */
    public record Review(LocalDate heldOn, String figuresMonth, String participants, String assessment, List<String> kpiCodes) {
    }

    @POST
    @Path("reviews/{id}/actions")
    @Operation(summary = "Steuerungsmaßnahme zu einem Dialog vereinbaren (GESCHAEFTSFUEHRUNG, CONTROLLING; REGIONALDIREKTION und LAND "
            + "in den Dialogen, die sie mit dem Jobcenter geführt haben)")
    public SteeringViews.SteeringActionView addAction(@PathParam("id") Long reviewId, SteeringViews.NewSteeringAction action) {
        return steering.addSteeringAction(reviewId, action);
    }

    @POST
    @Path("steering-actions/{id}/done")
    @Operation(summary = "Steuerungsmaßnahme als erledigt melden (GESCHAEFTSFUEHRUNG, CONTROLLING; REGIONALDIREKTION und LAND in ihren "
            + "Dialogen); version mitsenden")
    public SteeringViews.SteeringActionView complete(@PathParam("id") Long actionId, @QueryParam("version") Long version) {
        return steering.completeSteeringAction(actionId, version);
    }

    @GET
    @Path("steering-actions/overdue")
    @Operation(summary = "Überfällige Steuerungsmaßnahmen")
    public List<SteeringViews.SteeringActionView> overdue(@QueryParam("agencyNumber") String agencyNumber) {
        return steering.overdueSteeringActions(agencyNumber);
    }
}
