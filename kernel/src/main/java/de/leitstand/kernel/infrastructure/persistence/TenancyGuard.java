package de.leitstand.kernel.infrastructure.persistence;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.persistence.SharedRecord;
import de.leitstand.kernel.api.persistence.SupervisedRecord;
import de.leitstand.kernel.api.persistence.TenantScoped;
import de.leitstand.kernel.api.security.SystemTask;
import de.leitstand.kernel.api.security.Tenancy;

import java.util.function.Supplier;

/**
 * Applies the tenancy rule to one entity as it is loaded or written. Runs inside the persistence
 * layer, so it holds whatever query, repository or page loaded the record.
 */
final class TenancyGuard {

    private final Supplier<Tenancy> tenancy;

    TenancyGuard(Supplier<Tenancy> tenancy) {
        this.tenancy = tenancy;
    }

    void checkRead(Object entity) {
        if (entity instanceof TenantScoped scoped && !SystemTask.isRunning()
                && !tenancy.get().mayReadAny(scoped.readers())) {
            throw AccessDeniedException.otherJobcenter();
        }
    }

    void checkWrite(Object entity) {
        if (SystemTask.isRunning()) {
            return;
        }
        if (entity instanceof TenantScoped scoped && !tenancy.get().mayAccessAny(scoped.writers())
                && !(entity instanceof SupervisedRecord && tenancy.get().maySupervise(scoped.getAgencyNumber()))) {
            throw AccessDeniedException.otherJobcenter();
        }
    }

    /** Updates and deletes of a record another Jobcenter created for everyone. */
    void checkChange(Object entity) {
        checkWrite(entity);
        if (entity instanceof SharedRecord shared && !SystemTask.isRunning()) {
            tenancy.get().checkChangeShared(shared.getCreatedBy());
        }
    }
}
