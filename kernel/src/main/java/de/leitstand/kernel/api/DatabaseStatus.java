package de.leitstand.kernel.api;

/**
 * Whether the database answers. Asked where a failed request must be told apart from a database
 * outage: a request that was already running when the database went away is answered like one that
 * arrives during the outage (503 with {@code Retry-After}), not with 500.
 */
public interface DatabaseStatus {

    /** Seconds a client is asked to wait before it tries again while the database is away. */
    int RETRY_AFTER_SECONDS = 5;

    /** Asks the database now (one pooled connection, {@code isValid}). @return whether it answered */
    boolean answersNow();
}
