package de.leitstand.kernel.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one authentication mechanism of Leitstand. The REST API under {@code /api/} (and the runtime's
 * {@code /openapi} and {@code /metrics}) is stateless and uses HTTP Basic, answering 401 as {@code application/problem+json}; everything else is the Faces
 * UI with its custom login form and a session ({@link FormAuthentication}). Jakarta Security 3 allows
 * one mechanism per application, so this one dispatches by path.
 */
@ApplicationScoped
public class LeitstandAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final List<String> MACHINE_PATHS = List.of("/api", "/openapi", "/metrics");
    private static final Logger LOG = Logger.getLogger(LeitstandAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    FormAuthentication form;

    @Inject
    DatabaseOutage outage;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!outage.available() && !DatabaseOutage.exempt(request)) {
            return databaseUnavailable(response, isApi(request));
        }
        if (isApi(request)) {
            try {
                return basic(request, response, context);
            } catch (IOException | RuntimeException e) {
                if (!outage.checkNow()) {
                    return databaseUnavailable(response, true);
                }
                LOG.log(Level.SEVERE, "Anmeldung an der API fehlgeschlagen", e);
                return failed(response);
            }
        }
        return form.validateRequest(request, response, context);
    }

    /** The REST API and the runtime's machine endpoints ({@code /openapi}, {@code /metrics}) use HTTP Basic. */
    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return MACHINE_PATHS.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) throws IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decode(header.substring(6).trim());
            if (credential != null) {
                CredentialValidationResult result = identityStore.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(response, "AUTHENTICATION_FAILED",
                    "Benutzername oder Passwort ist falsch, oder der Benutzer ist deaktiviert.");
        }
        if (context.isProtected()) {
            return unauthorized(response, "AUTHENTICATION_REQUIRED",
                    "Bitte melden Sie sich an (HTTP Basic mit Benutzername und Passwort).");
        }
        return context.doNothing();
    }

    private static AuthenticationStatus databaseUnavailable(HttpServletResponse response, boolean api) {
        try {
            DatabaseOutage.refuse(response, api);
        } catch (IOException ignored) {
            // the client has gone; nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus failed(HttpServletResponse response) {
        try {
            ProblemResponse.send(response, 500, "INTERNAL_ERROR", "Interner Fehler",
                    "Die Anmeldung konnte nicht geprüft werden. Bitte versuchen Sie es erneut.");
        } catch (IOException ignored) {
            // the client has gone; nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String code, String detail)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Leitstand\", charset=\"UTF-8\"");
        ProblemResponse.send(response, 401, code, "Nicht angemeldet", detail);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
