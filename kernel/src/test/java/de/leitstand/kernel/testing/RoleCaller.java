package de.leitstand.kernel.testing;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.security.Caller;

import java.util.Optional;
import java.util.Set;

/** A signed-in caller of a Jobcenter with the given roles, for tests of capability flags. */
public record RoleCaller(Set<Role> roles) implements Caller {

    public static RoleCaller of(Role... roles) {
        return new RoleCaller(Set.of(roles));
    }

    @Override public String username() { return "test"; }
    @Override public Optional<AgencyNumber> agencyNumber() { return Optional.of(new AgencyNumber("12345")); }
    @Override public boolean isNational() { return false; }
    @Override public boolean isAuthenticated() { return true; }
}
