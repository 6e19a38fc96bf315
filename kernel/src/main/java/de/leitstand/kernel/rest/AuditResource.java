package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.AuditEntryView;
import de.leitstand.kernel.api.AuditQuery;
import de.leitstand.kernel.api.AuditTrail;
import de.leitstand.kernel.api.Page;
import de.leitstand.kernel.api.PageRequest;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The audit trail (ADMIN, GESCHAEFTSFUEHRUNG of the own Jobcenter). */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Protokoll", description = "Änderungsprotokoll aller Geschäftsdaten")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @Operation(summary = "Protokolleinträge suchen", description = "Neueste zuerst; from/to als Datum (JJJJ-MM-TT), beide einschließlich.")
    public Page<AuditEntryView> search(@QueryParam("agencyNumber") String agencyNumber,
                                       @QueryParam("user") String username,
                                       @QueryParam("entityType") String entityType,
                                       @QueryParam("entityId") String entityId,
                                       @QueryParam("action") String action,
                                       @QueryParam("from") String from,
                                       @QueryParam("to") String to,
                                       @QueryParam("page") Integer page,
                                       @QueryParam("size") Integer size) {
        return trail.search(new AuditQuery(agencyNumber, username, entityType, entityId, action,
                date("from", from), date("to", to)), PageRequest.of(page, size));
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException("DATE_INVALID", parameter,
                    Text.of("kernel.DATE_INVALID", value));
        }
    }
}
