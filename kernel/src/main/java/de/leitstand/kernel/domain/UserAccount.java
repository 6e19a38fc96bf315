package de.leitstand.kernel.domain;

import de.leitstand.kernel.api.persistence.NationalData;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.SupervisoryLevel;
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

    /** The supervising level of a REGIONALDIREKTION or LAND user ({@code RD:<code>}, {@code LAND:<code>}). */
    @Column(name = "level", length = 60)
    private String level;

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
        this(username, displayName, agencyNumber, roles, null, passwordHash);
    }

    public UserAccount(String username, String displayName, AgencyNumber agencyNumber, Set<Role> roles,
                       SupervisoryLevel level, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        assign(agencyNumber, roles, level);
        changePasswordHash(passwordHash);
    }

    /**
     * Moves the user to a Jobcenter (or makes them national) with these roles.
     *
     * @throws IllegalArgumentException when the combination breaks the invariants
     */
    public void assign(AgencyNumber newAgency, Set<Role> newRoles) {
        assign(newAgency, newRoles, null);
    }

    /**
     * Moves the user to a Jobcenter, a supervising level (REGIONALDIREKTION or LAND, without Jobcenter)
     * or makes them national, with these roles.
     *
     * @throws IllegalArgumentException when the combination breaks the invariants
     */
    public void assign(AgencyNumber newAgency, Set<Role> newRoles, SupervisoryLevel newLevel) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("at least one role");
        }
        String problem = levelProblem(newAgency, newRoles, newLevel);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (newAgency == null && newLevel == null && !newRoles.contains(Role.ADMIN)) {
            throw new IllegalArgumentException("a user without Jobcenter must be ADMIN");
        }
        this.agencyNumber = newAgency == null ? null : newAgency.value();
        this.level = newLevel == null ? null : newLevel.key();
        this.roles = EnumSet.copyOf(newRoles);
    }

    /**
     * The invariant of level users: the role REGIONALDIREKTION or LAND (not both) goes with a level of that
     * kind, no Jobcenter and no role of a Jobcenter's staff; other users have no level.
     *
     * @return what is wrong, {@code null} when the combination holds
     */
    public static String levelProblem(AgencyNumber agency, Set<Role> roles, SupervisoryLevel level) {
        boolean rd = roles.contains(Role.REGIONALDIREKTION);
        boolean land = roles.contains(Role.LAND);
        if (!rd && !land) {
            return level == null ? null : "only a REGIONALDIREKTION or LAND user has a level";
        }
        if (rd && land || level == null || level.kind().role() != (rd ? Role.REGIONALDIREKTION : Role.LAND)) {
            return "a " + (rd ? "REGIONALDIREKTION" : "LAND") + " user needs a level of that kind";
        }
        if (agency != null || roles.size() != 1) {
            return "a level user has no Jobcenter and no other role";
        }
        return null;
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

    /** @return the supervising level of a level user, {@code null} for others */
    public SupervisoryLevel getLevel() {
        return level == null ? null : SupervisoryLevel.parse(level);
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
