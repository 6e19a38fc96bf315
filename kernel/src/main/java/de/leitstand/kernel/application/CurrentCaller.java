package de.leitstand.kernel.application;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Role;
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
    public boolean isNational() {
        return SystemTask.isRunning() || hasRole(Role.ADMIN);
    }

    @Override
    public boolean isAuthenticated() {
        return SystemTask.isRunning() || securityContext.getCallerPrincipal() != null;
    }
}
