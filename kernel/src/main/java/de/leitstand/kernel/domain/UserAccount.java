package de.leitstand.kernel.domain;

import de.leitstand.kernel.api.persistence.NationalData;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.OwnedByJobcenter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who logs in. Aggregate root. Invariants: the username is unique and never changes;
 * a user belongs to exactly one Jobcenter, unless national (then the user is an ADMIN and
 * has no Jobcenter); there is at least one role; the password is stored only as a PBKDF2 hash.
 * A disabled user cannot log in, but stays for the audit trail.
 */
@NationalData("accounts are read by the login before a caller exists and managed only by ADMIN (UserAdministration checks the role)")
@Entity
@Audited("Benutzer")
@Table(name = "kernel_user")
public class UserAccount implements de.leitstand.kernel.api.persistence.AuditNamed, OwnedByJobcenter {

    @Id
    @SequenceGenerator(name = "kernel_user_seq", sequenceName = "kernel_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kernel_user_seq")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 60, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "agency_number", length = 5)
    private String agencyNumber;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kernel_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** Changes whenever the user's running sessions must end (disabled, roles or Jobcenter changed, password reset). */
    @Column(name = "session_stamp", nullable = false)
    private long sessionStamp;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, AgencyNumber agencyNumber, Set<Role> roles,
                       String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        assign(agencyNumber, roles);
        changePasswordHash(passwordHash);
    }

    /**
     * Moves the user to a Jobcenter (or makes them national) with these roles.
     *
     * @throws IllegalArgumentException when the combination breaks the invariants
     */
    public void assign(AgencyNumber newAgency, Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("at least one role");
        }
        if (newAgency == null && !newRoles.contains(Role.ADMIN)) {
            throw new IllegalArgumentException("a user without Jobcenter must be ADMIN");
        }
        this.agencyNumber = newAgency == null ? null : newAgency.value();
        this.roles = EnumSet.copyOf(newRoles);
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public final void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangedAt = Instant.now();
    }

    /** Ends every running session of the user: each session remembers the stamp it started with. */
    public void endSessions() {
        this.sessionStamp++;
    }

    public long getSessionStamp() {
        return sessionStamp;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** @return the user's Jobcenter, or {@code null} for a national user */
    public AgencyNumber getAgencyNumber() {
        return agencyNumber == null ? null : new AgencyNumber(agencyNumber);
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public long getVersion() {
        return version;
    }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return username;
    }
}
