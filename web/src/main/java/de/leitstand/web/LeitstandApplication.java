package de.leitstand.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON REST API of every context, under {@code /api}; documented at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Leitstand API", version = "1",
                description = "Planung und Steuerung für Jobcenter (SGB II). Anmeldung mit HTTP Basic; "
                        + "Fehler als application/problem+json mit stabilem code."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class LeitstandApplication extends Application {
}
