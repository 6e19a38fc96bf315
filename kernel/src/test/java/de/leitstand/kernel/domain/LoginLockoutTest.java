package de.leitstand.kernel.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginLockoutTest {

    private final LoginLockout rule = new LoginLockout(5, 2, Duration.ofSeconds(30), Duration.ofMinutes(15));
    private Clock clock = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

    private void advance(Duration duration) {
        clock = Clock.offset(clock, duration);
    }

    @Test
    void firstFailuresCostNothingThenAttemptsWaitLongerAndLonger() {
        LoginLockout.State state = LoginLockout.State.NONE;
        state = rule.afterFailure(state, clock.instant());
        state = rule.afterFailure(state, clock.instant());
        assertTrue(rule.check(state, clock.instant()).allowed(), "two free attempts");

        state = rule.afterFailure(state, clock.instant());
        LoginLockout.Decision wait = rule.check(state, clock.instant());
        assertFalse(wait.allowed());
        assertFalse(wait.locked());
        assertEquals(clock.instant().plusSeconds(1), wait.retryAt());
        advance(Duration.ofSeconds(1));
        assertTrue(rule.check(state, clock.instant()).allowed());

        state = rule.afterFailure(state, clock.instant());
        assertEquals(clock.instant().plusSeconds(2), rule.check(state, clock.instant()).retryAt(), "the wait doubles");
        assertEquals(Duration.ofSeconds(30), rule.delay(40), "up to the longest wait");
    }

    @Test
    void theThresholdLocksForTheLockDurationThenTheLockEnds() {
        LoginLockout.State state = LoginLockout.State.NONE;
        for (int i = 0; i < 5; i++) {
            state = rule.afterFailure(state, clock.instant());
            advance(Duration.ofSeconds(31));
        }
        Instant lockedAt = clock.instant().minusSeconds(31);
        assertEquals(lockedAt.plus(Duration.ofMinutes(15)), state.lockedUntil());
        LoginLockout.Decision locked = rule.check(state, clock.instant());
        assertFalse(locked.allowed());
        assertTrue(locked.locked());
        assertFalse(rule.lockExpired(state, clock.instant()));

        advance(Duration.ofMinutes(15));
        assertTrue(rule.lockExpired(state, clock.instant()));
        assertTrue(rule.check(state, clock.instant()).allowed(), "the lock has run out");
        assertEquals(LoginLockout.State.NONE, rule.current(state, clock.instant()), "and its failures are forgotten");
    }

    @Test
    void oldFailuresAreForgotten() {
        LoginLockout.State state = rule.afterFailure(LoginLockout.State.NONE, clock.instant());
        state = rule.afterFailure(state, clock.instant());
        state = rule.afterFailure(state, clock.instant());
        advance(Duration.ofMinutes(16));
        LoginLockout.State next = rule.afterFailure(state, clock.instant());
        assertEquals(1, next.failures());
        assertNull(next.lockedUntil());
    }
}
