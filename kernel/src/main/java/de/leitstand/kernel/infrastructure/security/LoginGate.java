package de.leitstand.kernel.infrastructure.security;

import de.leitstand.kernel.application.LoginGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Instant;

/**
 * Every password check of the form and of HTTP Basic goes through here: refused without looking at the
 * password while the user name or the client address must wait or is locked ({@link LoginGuard}); a wrong
 * password is counted, a right one clears the user's failures.
 */
@ApplicationScoped
public class LoginGate {

    /** The request attribute that tells the login page until when a login is refused. */
    public static final String RETRY_AT = "leitstand.login.retryAt";
    /** The request attribute that tells the login page that the refusal is a lock, not a short wait. */
    public static final String LOCKED = "leitstand.login.locked";

    @Inject
    LoginGuard guard;

    @Inject
    IdentityStoreHandler identityStore;

    /** The outcome of a login attempt; {@code retryAt} is set when the attempt was refused before the check. */
    public record Outcome(CredentialValidationResult result, Instant retryAt, boolean locked) {

        boolean refused() {
            return retryAt != null;
        }
    }

    public Outcome validate(UsernamePasswordCredential credential, HttpServletRequest request) {
        String username = credential.getCaller() == null ? "" : credential.getCaller().trim();
        String address = request.getRemoteAddr();
        LoginGuard.Verdict verdict = guard.check(username, address);
        if (!verdict.allowed()) {
            request.setAttribute(RETRY_AT, verdict.retryAt());
            request.setAttribute(LOCKED, verdict.locked());
            return new Outcome(CredentialValidationResult.INVALID_RESULT, verdict.retryAt(), verdict.locked());
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (verdict.userFailures()) {
                guard.succeeded(username);
            }
        } else {
            try {
                guard.failed(username, address);
            } catch (RuntimeException firstCountOfAKeyRacedAnother) {
                guard.failed(username, address); // the key's row exists now: counted as an update
            }
        }
        return new Outcome(result, null, false);
    }
}
