package de.leitstand.kernel.application;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedPasswordsTest {

    private static final String HASH = "pbkdf2$120000$salt$hash";

    @Test
    void aVerifiedPasswordCountsOnlyForItsUserItsStoredHashAndAShortTime() {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        VerifiedPasswords cache = new VerifiedPasswords(Clock.fixed(now, ZoneOffset.UTC), 300);
        assertFalse(cache.isVerified("ee-gf", "geheim".toCharArray(), HASH), "nothing verified yet");
        cache.remember("ee-gf", "geheim".toCharArray(), HASH);
        assertTrue(cache.isVerified("ee-gf", "geheim".toCharArray(), HASH));
        assertFalse(cache.isVerified("ee-gf", "Geheim".toCharArray(), HASH), "another password");
        assertFalse(cache.isVerified("ee-controlling", "geheim".toCharArray(), HASH), "another user");
        assertFalse(cache.isVerified("ee-gf", "geheim".toCharArray(), "pbkdf2$120000$salt$other"), "the password was changed");
        assertFalse(cache.isVerified("ee-gf", "geheim".toCharArray(), null), "the user is gone");

        VerifiedPasswords later = new VerifiedPasswords(Clock.fixed(now.plusSeconds(301), ZoneOffset.UTC), 300);
        later.remember("ee-gf", "geheim".toCharArray(), HASH);
        assertTrue(later.isVerified("ee-gf", "geheim".toCharArray(), HASH));
    }

    @Test
    void entriesRunOut() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
        VerifiedPasswords cache = new VerifiedPasswords(clock, 300);
        cache.remember("ee-gf", "geheim".toCharArray(), HASH);
        clock.now = clock.now.plusSeconds(299);
        assertTrue(cache.isVerified("ee-gf", "geheim".toCharArray(), HASH));
        clock.now = clock.now.plusSeconds(1);
        assertFalse(cache.isVerified("ee-gf", "geheim".toCharArray(), HASH), "after the lifetime PBKDF2 decides again");
    }

    @Test
    void aLifetimeOfZeroSwitchesTheCacheOff() {
        VerifiedPasswords cache = new VerifiedPasswords(Clock.systemUTC(), 0);
        cache.remember("ee-gf", "geheim".toCharArray(), HASH);
        assertFalse(cache.isVerified("ee-gf", "geheim".toCharArray(), HASH));
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
