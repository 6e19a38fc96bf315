package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.UserAdministration;
import de.leitstand.kernel.api.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

/** The caller: who am I, my Jobcenter, my roles; my own password. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Benutzer")
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    JobcenterDirectory jobcenters;

    @Inject
    UserAdministration users;

    @GET
    @Operation(summary = "Angemeldeter Benutzer")
    public Me me() {
        JobcenterView jobcenter = caller.agencyNumber().flatMap(a -> jobcenters.find(a.value())).orElse(null);
        return new Me(caller.username(), caller.roles(), caller.isNational(), jobcenter);
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Eigenes Passwort ändern")
    public Response changePassword(UserResource.PasswordChange change) {
        users.changeOwnPassword(change == null ? null : change.currentPassword(),
                change == null ? null : change.newPassword());
        return Response.noContent().build();
    }

    /** The caller as the API describes it; {@code jobcenter} is absent for national users. */
    public record Me(String username, Set<Role> roles, boolean national, JobcenterView jobcenter) {
    }
}
