package de.leitstand.kernel.api.persistence;

import de.leitstand.kernel.api.AgencyNumber;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Base of every entity that belongs to one Jobcenter. Invariants:
 * <ul>
 *   <li>the owning Jobcenter is set at creation and never changes;</li>
 *   <li>loading, inserting, updating or deleting it as a caller of another Jobcenter fails with
 *       {@code TENANT_FORBIDDEN} ({@link TenantScoped}), whatever query or repository was used;</li>
 *   <li>every update increments {@link #getVersion()}; a stale version ends in a conflict, never an overwrite.</li>
 * </ul>
 */
@MappedSuperclass
public abstract class TenantOwnedEntity implements TenantScoped {

    @Column(name = "agency_number", length = 5, nullable = false, updatable = false)
    private String agencyNumber;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TenantOwnedEntity() {
        // for JPA
    }

    protected TenantOwnedEntity(AgencyNumber owner) {
        this.agencyNumber = owner.value();
    }

    /** @return the Jobcenter this record belongs to */
    @Override
    public AgencyNumber getAgencyNumber() {
        return new AgencyNumber(agencyNumber);
    }

    public long getVersion() {
        return version;
    }
}
