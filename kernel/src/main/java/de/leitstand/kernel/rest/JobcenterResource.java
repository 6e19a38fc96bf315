package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterProfileChange;
import de.leitstand.kernel.api.JobcenterPlacementChange;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.Page;
import de.leitstand.kernel.api.PageRequest;
import de.leitstand.kernel.api.Text;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The national Jobcenter registry. */
@Path("jobcenters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobcenter", description = "Verzeichnis aller Jobcenter (EinglMV 2022) und ihre Stammdaten")
public class JobcenterResource {

    @Inject
    JobcenterDirectory directory;

    @GET
    @Operation(summary = "Jobcenter suchen", description = "Seitenweise, nach Name oder Träger-Nummer und Trägerform gefiltert; size bis 1000.")
    public Page<JobcenterView> search(
            @Parameter(description = "Teil des Namens oder der Träger-Nummer") @QueryParam("q") String text,
            @Parameter(description = "gE oder zkT") @QueryParam("type") String type,
            @Parameter(description = "Seite, ab 0") @QueryParam("page") Integer page,
            @Parameter(description = "Zeilen je Seite, 1 bis 1000 (Standard 50)") @QueryParam("size") Integer size) {
        return directory.search(text, type, PageRequest.of(page, size));
    }

    @GET
    @Path("{agencyNumber}")
    @Operation(summary = "Ein Jobcenter")
    public JobcenterView get(@PathParam("agencyNumber") String agencyNumber) {
        return directory.get(agencyNumber);
    }

    @PUT
    @Path("{agencyNumber}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stammdaten des eigenen Jobcenters ändern",
            description = "GESCHAEFTSFUEHRUNG des Jobcenters oder ADMIN; mit der gelesenen version (sonst 409).")
    public JobcenterView updateProfile(@PathParam("agencyNumber") String agencyNumber, JobcenterProfileChange change) {
        return directory.updateProfile(agencyNumber, change);
    }

    @PUT
    @Path("{agencyNumber}/placement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Land und Regionaldirektion eines Jobcenters berichtigen",
            description = "ADMIN; eine gE gehört zur Regionaldirektion ihres Landes, ein zkT hat keine; mit der gelesenen version (sonst 409).")
    public JobcenterView updatePlacement(@PathParam("agencyNumber") String agencyNumber, JobcenterPlacementChange change) {
        return directory.updatePlacement(agencyNumber, change);
    }

    @GET
    @Path("supervised-by/{level}")
    @Operation(summary = "Die Jobcenter einer Aufsichtsebene",
            description = "RD:<Regionaldirektion> (ihre gE) oder LAND:<Land> (seine zkT), z. B. RD:BERLIN_BRANDENBURG, LAND:NI.")
    public java.util.List<JobcenterView> supervisedBy(@PathParam("level") String level) {
        de.leitstand.kernel.api.SupervisoryLevel parsed = de.leitstand.kernel.api.SupervisoryLevel.parse(level);
        if (parsed == null) {
            throw new de.leitstand.kernel.api.ValidationException("LEVEL_INVALID", "level", Text.of("kernel.LEVEL_REQUIRED"));
        }
        return directory.supervisedBy(parsed);
    }
}
