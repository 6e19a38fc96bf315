package de.leitstand.kernel.domain;

import de.leitstand.kernel.api.persistence.NationalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The failed logins of one key ({@code user:<name>} or {@code address:<ip>}). Security bookkeeping, not
 * business data: it is not audited field by field; a lock and its end are audit entries of their own.
 */
@NationalData("the login counts wrong passwords per user name and address before any caller exists; nobody reads them but the login and ADMIN's unlock")
@Entity
@Table(name = "kernel_login_failure")
public class LoginFailure {

    @Id
    @Column(name = "login_key", length = 120)
    private String key;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailure;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginFailure() {
        // for JPA
    }

    public LoginFailure(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    public LoginLockout.State state() {
        return new LoginLockout.State(failures, lastFailure, lockedUntil);
    }

    public void update(LoginLockout.State state) {
        this.failures = state.failures();
        this.lastFailure = state.lastFailure();
        this.lockedUntil = state.lockedUntil();
    }
}
