package de.leitstand.kernel.api.security;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Text;

import java.util.Collection;
import java.util.Optional;

/**
 * The one rule of tenancy: a user reads and changes only the data of their own Jobcenter;
 * national users (ADMIN) and the system see all; a user of a supervising level (Regionaldirektion,
 * Land; {@link de.leitstand.kernel.api.SupervisoryLevel}) reads the data of the Jobcenters of its level
 * and writes only records of the target agreement cascade
 * ({@link de.leitstand.kernel.api.persistence.SupervisedRecord}) of those Jobcenters. The kernel asks it on every load and write of a
 * {@link de.leitstand.kernel.api.persistence.TenantScoped} entity, so a query that forgets the
 * filter fails instead of leaking; list queries filter with {@link #restriction()} so that lists work;
 * use cases ask it for records that several Jobcenters share (a pact's members) and for
 * {@link de.leitstand.kernel.api.persistence.SharedRecord}s.
 */
public interface Tenancy {

    /**
     * @param agencyNumber the owning Jobcenter; {@code null} for national records
     * @return whether the caller may read and change data of this Jobcenter
     */
    boolean mayAccess(AgencyNumber agencyNumber);

    /**
     * @return whether the caller may read data of this Jobcenter: its own staff, national roles, and the
     *         supervising level that covers it
     */
    default boolean mayRead(AgencyNumber agencyNumber) {
        return mayAccess(agencyNumber) || maySupervise(agencyNumber);
    }

    /** @return whether the caller may read the data of at least one of these Jobcenters */
    default boolean mayReadAny(Collection<AgencyNumber> agencyNumbers) {
        for (AgencyNumber agencyNumber : agencyNumbers) {
            if (mayRead(agencyNumber)) {
                return true;
            }
        }
        return isNational();
    }

    /**
     * @return whether the caller is the supervising level of this Jobcenter (its Regionaldirektion for a gE,
     *         its Land for a zkT); such a caller reads the Jobcenter's data and writes its cascade records
     */
    default boolean maySupervise(AgencyNumber agencyNumber) {
        return false;
    }

    /**
     * @throws AccessDeniedException {@code TENANT_FORBIDDEN} when the caller may not even read this Jobcenter's data
     */
    default void checkRead(AgencyNumber agencyNumber) {
        if (!mayRead(agencyNumber)) {
            throw AccessDeniedException.otherJobcenter();
        }
    }

    /** @return whether the caller may access the data of at least one of these Jobcenters */
    default boolean mayAccessAny(Collection<AgencyNumber> agencyNumbers) {
        for (AgencyNumber agencyNumber : agencyNumbers) {
            if (mayAccess(agencyNumber)) {
                return true;
            }
        }
        return isNational();
    }

    /** @return whether the caller sees every Jobcenter (ADMIN, the system) */
    boolean isNational();

    /**
     * A shared record (funding programme, organisation) is changed by national roles and by the
     * Jobcenter that created it; everyone else proposes a change.
     *
     * @param createdBy the creating Jobcenter, {@code null} when a national role created it
     */
    default boolean mayChangeShared(AgencyNumber createdBy) {
        return isNational() || createdBy != null && mayAccess(createdBy);
    }

    /**
     * @param createdBy the Jobcenter that created the shared record, {@code null} for national roles
     * @throws AccessDeniedException {@code SHARED_RECORD_FOREIGN} when the caller may only propose a change
     */
    default void checkChangeShared(AgencyNumber createdBy) {
        if (!mayChangeShared(createdBy)) {
            throw new AccessDeniedException("SHARED_RECORD_FOREIGN", createdBy == null
                    ? Text.of("kernel.SHARED_RECORD_FOREIGN_ADMIN") : Text.of("kernel.SHARED_RECORD_FOREIGN", createdBy));
        }
    }

    /**
     * @throws AccessDeniedException {@code TENANT_FORBIDDEN} when the data belongs to another Jobcenter
     */
    default void checkAccess(AgencyNumber agencyNumber) {
        if (!mayAccess(agencyNumber)) {
            throw AccessDeniedException.otherJobcenter();
        }
    }

    /**
     * @throws AccessDeniedException {@code TENANT_FORBIDDEN} when none of these Jobcenters is the caller's
     */
    default void checkAccessAny(Collection<AgencyNumber> agencyNumbers) {
        if (!mayAccessAny(agencyNumbers)) {
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
     * Resolves the Jobcenter a request is about: the one asked for (checked for reading: the caller's own,
     * any for national roles, one of its level's for a supervising level; writes are checked again on the
     * record), or the caller's own.
     *
     * @param requested the agency number named in the request, may be {@code null}
     * @return the Jobcenter to work on
     * @throws AccessDeniedException when the caller may not access the requested Jobcenter
     * @throws de.leitstand.kernel.api.ValidationException when none was named and the caller has none
     */
    AgencyNumber resolve(String requested);
}
