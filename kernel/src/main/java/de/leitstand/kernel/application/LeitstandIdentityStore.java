package de.leitstand.kernel.application;

import de.leitstand.kernel.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates logins against the user table: the user must exist, be enabled and the password must
 * match its PBKDF2 hash — checked once and then remembered for a short time ({@link VerifiedPasswords}), so
 * that an API client sending HTTP Basic on every request does not pay for PBKDF2 each time. The user's roles become the caller's groups (mapped one to one to roles).
 * Reads scalars, not entities: there is no caller yet to ask the tenancy guard about.
 */
@ApplicationScoped
public class LeitstandIdentityStore implements IdentityStore {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    VerifiedPasswords verified;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller() == null ? "" : credential.getCaller().trim();
        List<Object[]> rows = em.createQuery(
                        "SELECT u.passwordHash, u.enabled FROM UserAccount u WHERE u.username = :name", Object[].class)
                .setParameter("name", username)
                .getResultList();
        String hash = rows.isEmpty() ? null : (String) rows.get(0)[0];
        boolean enabled = !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0)[1]);
        char[] password = credential.getPassword().getValue();
        boolean cached = verified.isVerified(username, password, hash);
        boolean matches = cached || hasher.verify(password, hash);
        if (matches && enabled && !cached) {
            verified.remember(username, password, hash);
        }
        if (!matches || !enabled) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = new HashSet<>();
        em.createQuery("SELECT r FROM UserAccount u JOIN u.roles r WHERE u.username = :name", Role.class)
                .setParameter("name", username)
                .getResultList()
                .forEach(role -> groups.add(role.name()));
        return new CredentialValidationResult(username, groups);
    }
}
