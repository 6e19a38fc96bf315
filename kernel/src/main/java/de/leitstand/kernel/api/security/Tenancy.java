package de.leitstand.kernel.api.security;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.AgencyNumber;

import java.util.Optional;

/**
 * The one rule of tenancy: a user reads and changes only the data of their own Jobcenter;
 * national users (ADMIN) and the system see all. Every context asks this, and the
 * {@link de.leitstand.kernel.api.persistence.TenantOwnedEntity} base class asks it on every
 * load and write, so a query that forgets the filter fails instead of leaking.
 */
public interface Tenancy {

    /** @return whether the caller may read and change data of this Jobcenter */
    boolean mayAccess(AgencyNumber agencyNumber);

    /**
     * @throws AccessDeniedException {@code TENANT_FORBIDDEN} when the data belongs to another Jobcenter
     */
    default void checkAccess(AgencyNumber agencyNumber) {
        if (!mayAccess(agencyNumber)) {
            throw AccessDeniedException.otherJobcenter();
        }
    }

    /**
     * The filter every list query applies.
     *
     * @return the caller's own Jobcenter, or empty when the caller sees all Jobcenters
     */
    Optional<AgencyNumber> restriction();

    /**
     * Resolves the Jobcenter a request is about: the one asked for (checked), or the caller's own.
     *
     * @param requested the agency number named in the request, may be {@code null}
     * @return the Jobcenter to work on
     * @throws AccessDeniedException when the caller may not access the requested Jobcenter
     * @throws de.leitstand.kernel.api.ValidationException when none was named and the caller has none
     */
    AgencyNumber resolve(String requested);
}
