package de.leitstand.kernel.application;

import de.leitstand.kernel.domain.LoginFailure;
import de.leitstand.kernel.domain.LoginLockout;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Applies the {@link LoginLockout} rule to every login, by the form and by HTTP Basic: per user name and
 * per client address, with the counters in the database (so every node of a cluster sees them). A lock and
 * its end (run out, or lifted by an ADMIN) are audit entries "Anmeldesperre".
 */
@ApplicationScoped
public class LoginGuard {

    static final String USER = "user:";
    static final String ADDRESS = "address:";
    private static final String TYPE = "LoginLock";
    private static final String LABEL = "Anmeldesperre";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", Locale.GERMANY)
            .withZone(ZoneId.of("Europe/Berlin"));

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    AuditWriter audit;

    @Inject
    @ConfigProperty(name = "leitstand.security.lockout.threshold", defaultValue = "10")
    int userThreshold;

    @Inject
    @ConfigProperty(name = "leitstand.security.lockout.address-threshold", defaultValue = "50")
    int addressThreshold;

    @Inject
    @ConfigProperty(name = "leitstand.security.lockout.free-attempts", defaultValue = "3")
    int freeAttempts;

    @Inject
    @ConfigProperty(name = "leitstand.security.lockout.max-delay-seconds", defaultValue = "30")
    long maxDelaySeconds;

    @Inject
    @ConfigProperty(name = "leitstand.security.lockout.minutes", defaultValue = "15")
    long lockMinutes;

    Clock clock = Clock.systemUTC();
    LoginLockout userRule;
    LoginLockout addressRule;

    /**
     * Whether a login may check a password now; if not, until when it must wait and whether it is a lock.
     * {@code userFailures}: whether the user name has failures on record (a success must clear them).
     */
    public record Verdict(boolean allowed, boolean locked, Instant retryAt, boolean userFailures) {
    }

    @PostConstruct
    void configure() {
        userRule = new LoginLockout(userThreshold, freeAttempts, Duration.ofSeconds(maxDelaySeconds), Duration.ofMinutes(lockMinutes));
        addressRule = new LoginLockout(addressThreshold, Math.max(freeAttempts, addressThreshold / 2),
                Duration.ofSeconds(maxDelaySeconds), Duration.ofMinutes(lockMinutes));
    }

    /** Checks both keys before the password is looked at; ends (and audits the end of) a lock that has run out. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Verdict check(String username, String address) {
        Instant now = clock.instant();
        LoginLockout.Decision user = decide(userKey(username), userRule, now);
        LoginLockout.Decision client = decide(addressKey(address), addressRule, now);
        boolean userFailures = em.find(LoginFailure.class, userKey(username)) != null;
        if (!user.allowed() || !client.allowed()) {
            LoginLockout.Decision first = !user.allowed() ? user : client;
            return new Verdict(false, user.locked() || client.locked(), first.retryAt(), userFailures);
        }
        return new Verdict(true, false, null, userFailures);
    }

    /** Counts a wrong password (or unknown or disabled user) against the user name and the address. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(userKey(username), userRule, now);
        count(addressKey(address), addressRule, now);
    }

    /** A correct password clears the user's failures (not the address's: one valid account must not reset them). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username) {
        LoginFailure failure = em.find(LoginFailure.class, userKey(username));
        if (failure != null && failure.state().lockedUntil() == null) {
            em.remove(failure);
        }
    }

    /**
     * Lifts the lock of a user (called by the user administration, in its transaction).
     *
     * @return whether the user was locked
     */
    public boolean unlock(String username, String by) {
        LoginFailure failure = em.find(LoginFailure.class, userKey(username), LockModeType.PESSIMISTIC_WRITE);
        if (failure == null) {
            return false;
        }
        LoginLockout.State state = userRule.current(failure.state(), clock.instant());
        em.remove(failure);
        if (state.lockedUntil() == null) {
            return false;
        }
        auditEnd(failure.getKey(), state, by, "von einem Administrator aufgehoben");
        return true;
    }

    /** @return until when the user is locked, or {@code null} */
    public Instant lockedUntil(String username) {
        LoginFailure failure = em.find(LoginFailure.class, userKey(username));
        return failure == null ? null : userRule.current(failure.state(), clock.instant()).lockedUntil();
    }

    private LoginLockout.Decision decide(String key, LoginLockout rule, Instant now) {
        LoginFailure failure = em.find(LoginFailure.class, key);
        if (failure == null) {
            return rule.check(LoginLockout.State.NONE, now);
        }
        if (rule.lockExpired(failure.state(), now)) {
            LoginFailure locked = em.find(LoginFailure.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (locked != null && rule.lockExpired(locked.state(), now)) {
                auditEnd(key, locked.state(), CurrentCaller.SYSTEM, "abgelaufen");
                em.remove(locked);
            }
            return rule.check(LoginLockout.State.NONE, now);
        }
        return rule.check(failure.state(), now);
    }

    private void count(String key, LoginLockout rule, Instant now) {
        LoginFailure failure = em.find(LoginFailure.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (failure == null) {
            failure = new LoginFailure(key);
            em.persist(failure);
        }
        LoginLockout.State before = failure.state();
        LoginLockout.State after = rule.afterFailure(before, now);
        failure.update(after);
        if (after.lockedUntil() != null && rule.current(before, now).lockedUntil() == null) {
            audit.write(CurrentCaller.SYSTEM, agencyOf(key), TYPE, LABEL, key, "LOCK", subject(key),
                    new AuditWriter.Field("Gesperrt bis", null, TIME.format(after.lockedUntil())),
                    new AuditWriter.Field("Fehlversuche", null, String.valueOf(after.failures())));
        }
    }

    private void auditEnd(String key, LoginLockout.State state, String by, String reason) {
        audit.write(by, agencyOf(key), TYPE, LABEL, key, "UNLOCK", subject(key),
                new AuditWriter.Field("Gesperrt bis", TIME.format(state.lockedUntil()), null),
                new AuditWriter.Field("Grund", null, reason));
    }

    private String agencyOf(String key) {
        if (!key.startsWith(USER)) {
            return null;
        }
        List<String> agencies = em.createQuery("SELECT u.agencyNumber FROM UserAccount u WHERE LOWER(u.username) = :name", String.class)
                .setParameter("name", key.substring(USER.length())).getResultList();
        return agencies.isEmpty() ? null : agencies.get(0);
    }

    private static String subject(String key) {
        return key.startsWith(USER) ? "Benutzer " + key.substring(USER.length()) : "Adresse " + key.substring(ADDRESS.length());
    }

    static String userKey(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return USER + (name.length() > 100 ? name.substring(0, 100) : name);
    }

    static String addressKey(String address) {
        String value = address == null ? "unbekannt" : address;
        return ADDRESS + (value.length() > 100 ? value.substring(0, 100) : value);
    }
}
