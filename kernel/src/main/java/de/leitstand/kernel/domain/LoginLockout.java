package de.leitstand.kernel.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule for repeated wrong passwords, for one key (a user name or a client address): the first
 * {@code freeAttempts} failures cost nothing; each further one makes the next attempt wait
 * (1 s, 2 s, 4 s … up to {@code maxDelay}); at {@code threshold} failures the key is locked for
 * {@code lockDuration}. Failures older than {@code lockDuration} are forgotten. An attempt while waiting or
 * locked is refused without checking the password and is not counted.
 *
 * @param threshold    failures that lock the key (at least 1)
 * @param freeAttempts failures before attempts are slowed down
 * @param maxDelay     the longest wait between two attempts
 * @param lockDuration how long a lock lasts, and how long a failure is remembered
 */
public record LoginLockout(int threshold, int freeAttempts, Duration maxDelay, Duration lockDuration) {

    public LoginLockout {
        if (threshold < 1 || freeAttempts < 0 || maxDelay.isNegative() || lockDuration.isNegative()) {
            throw new IllegalArgumentException("lockout settings out of range");
        }
    }

    /** The counters of one key; {@code lockedUntil} is {@code null} while not locked. */
    public record State(int failures, Instant lastFailure, Instant lockedUntil) {

        public static final State NONE = new State(0, null, null);
    }

    /** Whether an attempt may check a password now, and if not, until when it must wait. */
    public record Decision(boolean allowed, boolean locked, Instant retryAt) {

        static final Decision ALLOW = new Decision(true, false, null);
    }

    /** @return whether an attempt at {@code now} may go ahead */
    public Decision check(State state, Instant now) {
        State current = current(state, now);
        if (current.lockedUntil() != null) {
            return new Decision(false, true, current.lockedUntil());
        }
        Instant retryAt = current.lastFailure() == null ? null : current.lastFailure().plus(delay(current.failures()));
        return retryAt != null && now.isBefore(retryAt) ? new Decision(false, false, retryAt) : Decision.ALLOW;
    }

    /** @return the state after a failed attempt at {@code now}; locked when the threshold is reached */
    public State afterFailure(State state, Instant now) {
        State current = current(state, now);
        int failures = current.failures() + 1;
        return new State(failures, now, failures >= threshold ? now.plus(lockDuration) : null);
    }

    /** @return the state as it stands at {@code now}: an expired lock and old failures forgotten */
    public State current(State state, Instant now) {
        if (state == null || state.lastFailure() == null) {
            return State.NONE;
        }
        if (state.lockedUntil() != null) {
            return now.isBefore(state.lockedUntil()) ? state : State.NONE;
        }
        return now.isBefore(state.lastFailure().plus(lockDuration)) ? state : State.NONE;
    }

    /** @return whether the lock of {@code state} has run out by {@code now} */
    public boolean lockExpired(State state, Instant now) {
        return state != null && state.lockedUntil() != null && !now.isBefore(state.lockedUntil());
    }

    /** @return the wait after {@code failures} failures: none within the free attempts, then doubling */
    public Duration delay(int failures) {
        int slowed = failures - freeAttempts;
        if (slowed <= 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(slowed - 1, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
