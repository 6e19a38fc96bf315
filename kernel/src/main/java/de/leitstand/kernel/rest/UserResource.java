package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.NewUser;
import de.leitstand.kernel.api.Page;
import de.leitstand.kernel.api.PageRequest;
import de.leitstand.kernel.api.UserAdministration;
import de.leitstand.kernel.api.UserChange;
import de.leitstand.kernel.api.UserView;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User administration (ADMIN). */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Benutzer", description = "Benutzerverwaltung (nur ADMIN)")
public class UserResource {

    @Inject
    UserAdministration users;

    @GET
    @Operation(summary = "Benutzer suchen")
    public Page<UserView> search(@QueryParam("q") String text, @QueryParam("agencyNumber") String agencyNumber,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return users.search(text, agencyNumber, PageRequest.of(page, size));
    }

    @GET
    @Path("{username}")
    @Operation(summary = "Ein Benutzer")
    public UserView get(@PathParam("username") String username) {
        return users.get(username);
    }

    @POST
    @Operation(summary = "Benutzer anlegen", description = "Antwortet 201 mit dem Benutzer; 409 USERNAME_TAKEN, 400 mit den fehlerhaften Feldern.")
    public Response create(NewUser user, @Context UriInfo uri) {
        UserView created = users.create(user);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Name, Jobcenter, Rollen oder Status ändern", description = "Mit der gelesenen version (sonst 409).")
    public UserView update(@PathParam("username") String username, UserChange change) {
        return users.update(username, change);
    }

    @POST
    @Path("{username}/password")
    @Operation(summary = "Passwort zurücksetzen")
    public Response resetPassword(@PathParam("username") String username, PasswordChange change) {
        users.resetPassword(username, change == null ? null : change.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/unlock")
    @Operation(summary = "Anmeldesperre aufheben",
            description = "Hebt die Sperre nach wiederholt falschen Passwörtern auf; locked sagt, ob der Benutzer gesperrt war.")
    public Unlocked unlock(@PathParam("username") String username) {
        return new Unlocked(username, users.unlock(username));
    }

    /** The answer of an unlock. */
    public record Unlocked(String username, boolean locked) {
    }

    /** The body of a password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }
}
