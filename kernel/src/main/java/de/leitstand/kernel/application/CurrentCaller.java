package de.leitstand.kernel.application;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.SupervisoryLevel;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.SystemTask;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The caller of the current request, from the container's security context. The Jobcenter is read
 * once per request as a scalar (not an entity, so the tenancy guard is not asked about the caller
 * while the caller is being resolved).
 */
@RequestScoped
public class CurrentCaller implements Caller {

    static final String SYSTEM = "system";

    @Inject
    SecurityContext securityContext;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    private Optional<AgencyNumber> agencyNumber;
    private Set<Role> roles;
    private Optional<SupervisoryLevel> level;
    private Set<AgencyNumber> supervised;

    @Override
    public String username() {
        if (SystemTask.isRunning()) {
            return SYSTEM;
        }
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "anonym" : principal.getName();
    }

    @Override
    public Set<Role> roles() {
        if (SystemTask.isRunning()) {
            return EnumSet.allOf(Role.class);
        }
        if (roles == null) {
            Set<Role> found = EnumSet.noneOf(Role.class);
            if (securityContext.getCallerPrincipal() != null) {
                for (Role role : Role.values()) {
                    if (securityContext.isCallerInRole(role.name())) {
                        found.add(role);
                    }
                }
            }
            roles = found;
        }
        return roles;
    }

    @Override
    public Optional<AgencyNumber> agencyNumber() {
        if (SystemTask.isRunning()) {
            return Optional.empty();
        }
        if (agencyNumber == null) {
            Principal principal = securityContext.getCallerPrincipal();
            agencyNumber = principal == null ? Optional.empty()
                    : em.createQuery("SELECT u.agencyNumber FROM UserAccount u WHERE u.username = :name", String.class)
                    .setParameter("name", principal.getName())
                    .getResultStream().filter(value -> value != null).findFirst().map(AgencyNumber::new);
        }
        return agencyNumber;
    }

    @Override
    public Optional<SupervisoryLevel> level() {
        if (SystemTask.isRunning()) {
            return Optional.empty();
        }
        if (level == null) {
            Principal principal = securityContext.getCallerPrincipal();
            level = principal == null || !hasAnyRole(Role.REGIONALDIREKTION, Role.LAND) ? Optional.empty()
                    : em.createQuery("SELECT u.level FROM UserAccount u WHERE u.username = :name", String.class)
                    .setParameter("name", principal.getName())
                    .getResultStream().filter(value -> value != null).findFirst().map(SupervisoryLevel::parse)
                    .filter(found -> hasRole(found.kind().role()));
        }
        return level;
    }

    /** The level's Jobcenters, read once per request as scalars (the registry rows are not built as entities). */
    @Override
    public Set<AgencyNumber> supervisedJobcenters() {
        if (supervised == null) {
            supervised = level().map(found -> Set.copyOf(em.createQuery(found.kind() == SupervisoryLevel.Kind.REGIONALDIREKTION
                            ? "SELECT j.agencyNumber FROM Jobcenter j WHERE j.type = :type AND j.regionalDirectorate = :rd"
                            : "SELECT j.agencyNumber FROM Jobcenter j WHERE j.type = :type AND j.land = :land", String.class)
                    .setParameter("type", found.kind() == SupervisoryLevel.Kind.REGIONALDIREKTION
                            ? de.leitstand.kernel.domain.JobcenterType.GE : de.leitstand.kernel.domain.JobcenterType.ZKT)
                    .setParameter(found.kind() == SupervisoryLevel.Kind.REGIONALDIREKTION ? "rd" : "land",
                            found.kind() == SupervisoryLevel.Kind.REGIONALDIREKTION
                                    ? de.leitstand.kernel.api.Regionaldirektion.valueOf(found.code())
                                    : (Object) de.leitstand.kernel.api.Land.valueOf(found.code()))
                    .getResultStream().map(AgencyNumber::new).toList())).orElse(Set.of());
        }
        return supervised;
    }

    @Override
    public boolean isNational() {
        return SystemTask.isRunning() || hasRole(Role.ADMIN);
    }

    @Override
    public boolean isAuthenticated() {
        return SystemTask.isRunning() || securityContext.getCallerPrincipal() != null;
    }
}
