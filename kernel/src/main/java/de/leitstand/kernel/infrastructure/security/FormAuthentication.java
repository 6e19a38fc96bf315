package de.leitstand.kernel.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The custom login form of the UI: an unauthenticated request for a protected page is redirected to
 * {@code /login.xhtml} and, after login, back to the page it asked for; the login page's bean calls
 * {@code SecurityContext.authenticate} with the entered credential. The login lives in the session, which
 * remembers the user's session stamp ({@link SessionGuard}); repeated wrong passwords are slowed down and
 * locked ({@link LoginGate}).
 * Typed to itself so that it is not a second application-wide mechanism.
 */
@ApplicationScoped
@Typed(FormAuthentication.class)
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class FormAuthentication implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    LoginGate gate;

    @Inject
    SessionGuard sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            CredentialValidationResult result = gate.validate(password, request).result();
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                sessions.started(request, result.getCallerPrincipal().getName());
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStore.validate(credential));
        }
        return context.doNothing();
    }
}
