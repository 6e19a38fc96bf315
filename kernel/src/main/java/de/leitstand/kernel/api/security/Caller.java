package de.leitstand.kernel.api.security;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.SupervisoryLevel;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking: the logged-in user of the current request, or the system itself during
 * start-up and demo loading. Request-scoped; inject it where a use case needs the caller.
 */
public interface Caller {

    /** @return the login name, or {@code "system"} for the system */
    String username();

    /** @return the caller's roles; all roles for the system */
    Set<Role> roles();

    /** @return the caller's Jobcenter; empty for national users (ADMIN) and the system */
    Optional<AgencyNumber> agencyNumber();

    /** @return the supervising level of a REGIONALDIREKTION or LAND user; empty for everyone else */
    default Optional<SupervisoryLevel> level() {
        return Optional.empty();
    }

    /** @return the Jobcenters the caller's supervising level covers; empty without a level */
    default Set<AgencyNumber> supervisedJobcenters() {
        return Set.of();
    }

    /** @return whether the caller sees the data of every Jobcenter */
    boolean isNational();

    /** @return whether a user is logged in, or the system runs */
    boolean isAuthenticated();

    default boolean hasRole(Role role) {
        return roles().contains(role);
    }

    default boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
