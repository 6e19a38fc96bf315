package de.leitstand.kernel.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 password hashes from the platform's {@link Pbkdf2PasswordHash}. The encoded
 * hash carries its own algorithm, iterations and salt, so raising the iterations later keeps old
 * hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "leitstand.security.pbkdf2-iterations", defaultValue = "120000")
    int iterations;

    /** A hash to verify against when the user does not exist, so both cases cost the same time. */
    private String dummyHash;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = hash("leitstand-dummy-password".toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String hashed) {
        return hash.verify(password, hashed == null ? dummyHash : hashed) && hashed != null;
    }
}
