package de.leitstand.kernel.api.persistence;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.security.Tenancy;
import jakarta.inject.Inject;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/**
 * The safety net under every query: refuses to load or write a tenant-owned record the caller
 * may not access. Queries still filter by {@link Tenancy#restriction()} so that lists work; this
 * guard turns a forgotten filter into a refusal instead of a leak.
 */
public class TenantGuard {

    @Inject
    Tenancy tenancy;

    @PostLoad
    @PrePersist
    @PreUpdate
    @PreRemove
    void check(TenantOwnedEntity entity) {
        if (!tenancy.mayAccess(entity.getAgencyNumber())) {
            throw AccessDeniedException.otherJobcenter();
        }
    }
}
