package de.leitstand.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords this node has already verified against a stored PBKDF2 hash, so that an API client that
 * sends HTTP Basic on every request pays for the hash once, not on every request — without weakening
 * the storage: the database still holds only the PBKDF2 hash. An entry is the HMAC of user name and
 * password under a key that exists only in this process's memory, valid only for the exact stored hash
 * it was checked against and only for a short time: a changed password (a new hash) misses at once; a
 * disabled account and the roles are read on every request by the caller.
 */
@ApplicationScoped
public class VerifiedPasswords {

    /** More distinct logins than this within the lifetime: start afresh rather than grow. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(String storedHash, Instant until) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private Clock clock = Clock.systemUTC();

    @Inject
    @ConfigProperty(name = "leitstand.security.verified-password-seconds", defaultValue = "300")
    long lifetimeSeconds;

    public VerifiedPasswords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** For tests: a fixed clock and lifetime. */
    VerifiedPasswords(Clock clock, long lifetimeSeconds) {
        this();
        this.clock = clock;
        this.lifetimeSeconds = lifetimeSeconds;
    }

    /** @return whether this password of this user was verified against exactly this stored hash, recently */
    public boolean isVerified(String username, char[] password, String storedHash) {
        if (storedHash == null || lifetimeSeconds <= 0) {
            return false;
        }
        Entry entry = entries.get(fingerprint(username, password));
        return entry != null && entry.storedHash().equals(storedHash) && clock.instant().isBefore(entry.until());
    }

    /** Remembers a successful PBKDF2 verification. */
    public void remember(String username, char[] password, String storedHash) {
        if (lifetimeSeconds <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(fingerprint(username, password), new Entry(storedHash, clock.instant().plus(Duration.ofSeconds(lifetimeSeconds))));
    }

    private String fingerprint(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            java.nio.ByteBuffer bytes = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
            byte[] plain = new byte[bytes.remaining()];
            bytes.get(plain);
            try {
                return Base64.getEncoder().encodeToString(mac.doFinal(plain));
            } finally {
                java.util.Arrays.fill(plain, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
