package de.leitstand.kernel.infrastructure.security;

import de.leitstand.kernel.api.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
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
 * one mechanism per application, so this one dispatches by path. Both ways go through the {@link LoginGate}
 * (slow-down and lock after repeated wrong passwords); a UI session ends as soon as its user's session stamp
 * changes ({@link SessionGuard}).
 */
@ApplicationScoped
public class LeitstandAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final List<String> MACHINE_PATHS = List.of("/api", "/openapi", "/metrics");
    private static final Logger LOG = Logger.getLogger(LeitstandAuthenticationMechanism.class.getName());

    @Inject
    FormAuthentication form;

    @Inject
    LoginGate gate;

    @Inject
    SessionGuard sessions;

    @Inject
    DatabaseOutage outage;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!outage.available() && !DatabaseOutage.exempt(request)) {
            return databaseUnavailable(request, response, isApi(request));
        }
        if (isApi(request)) {
            try {
                return basic(request, response, context);
            } catch (IOException | RuntimeException e) {
                if (!outage.checkNow()) {
                    return databaseUnavailable(request, response, true);
                }
                LOG.log(Level.SEVERE, "Anmeldung an der API fehlgeschlagen", e);
                return failed(request, response);
            }
        }
        try {
            if (!sessions.check(request, response)) {
                return AuthenticationStatus.SEND_CONTINUE;
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Sitzung konnte nicht geprüft werden", e);
            return failed(request, response);
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
                LoginGate.Outcome outcome = gate.validate(credential, request);
                if (outcome.refused()) {
                    return refused(request, response, outcome);
                }
                if (outcome.result().getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(outcome.result());
                }
            }
            return unauthorized(request, response, "AUTHENTICATION_FAILED", Text.of("kernel.AUTHENTICATION_FAILED"));
        }
        if (context.isProtected()) {
            return unauthorized(request, response, "AUTHENTICATION_REQUIRED", Text.of("kernel.AUTHENTICATION_REQUIRED"));
        }
        return context.doNothing();
    }

    /** 429 with Retry-After: too many wrong passwords for this user name or this client address. */
    private static AuthenticationStatus refused(HttpServletRequest request, HttpServletResponse response,
                                                LoginGate.Outcome outcome) throws IOException {
        long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), outcome.retryAt()).toSeconds() + 1);
        response.setHeader("Retry-After", String.valueOf(seconds));
        if (outcome.locked()) {
            ProblemResponse.send(request, response, 429, "LOGIN_LOCKED", Text.of("kernel.TITLE_LOGIN_LOCKED"),
                    Text.of("kernel.LOGIN_LOCKED", minutes(seconds)));
        } else {
            ProblemResponse.send(request, response, 429, "LOGIN_THROTTLED", Text.of("kernel.TITLE_LOGIN_THROTTLED"),
                    Text.of("kernel.LOGIN_THROTTLED", seconds));
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus databaseUnavailable(HttpServletRequest request, HttpServletResponse response,
                                                            boolean api) {
        try {
            DatabaseOutage.refuse(request, response, api);
        } catch (IOException ignored) {
            // the client has gone; nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Text minutes(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? Text.of("kernel.ONE_MINUTE") : Text.of("kernel.MINUTES", minutes);
    }

    private static AuthenticationStatus failed(HttpServletRequest request, HttpServletResponse response) {
        try {
            ProblemResponse.send(request, response, 500, "INTERNAL_ERROR", Text.of("kernel.TITLE_500"),
                    Text.of("kernel.LOGIN_NOT_CHECKED"));
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

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String code,
                                                     Text detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Leitstand\", charset=\"UTF-8\"");
        ProblemResponse.send(request, response, 401, code, Text.of("kernel.TITLE_401"), detail);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
