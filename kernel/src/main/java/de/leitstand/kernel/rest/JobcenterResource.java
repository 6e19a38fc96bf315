package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterProfileChange;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.Page;
import de.leitstand.kernel.api.PageRequest;
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
}
