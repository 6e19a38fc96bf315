package de.leitstand.kernel.infrastructure.persistence;

import de.leitstand.kernel.api.persistence.NationalData;
import de.leitstand.kernel.api.persistence.PartOf;
import de.leitstand.kernel.api.persistence.SharedData;
import de.leitstand.kernel.api.persistence.TenantScoped;

/**
 * The tenancy class of an entity. Every entity has exactly one; an entity without one does not
 * deploy, so a new entity cannot forget the tenancy rule.
 */
enum EntityScope {
    /** belongs to Jobcenters; checked on every load and write */
    TENANT,
    /** read by every logged-in user on purpose ({@link SharedData}) */
    SHARED,
    /** belongs to no Jobcenter, guarded by its use cases ({@link NationalData}) */
    NATIONAL,
    /** read and written only through its aggregate root ({@link PartOf}) */
    PART;

    static EntityScope of(Class<?> entity) {
        int marks = 0;
        EntityScope scope = null;
        if (TenantScoped.class.isAssignableFrom(entity)) {
            marks++;
            scope = TENANT;
        }
        if (entity.isAnnotationPresent(SharedData.class)) {
            marks++;
            scope = SHARED;
        }
        if (entity.isAnnotationPresent(NationalData.class)) {
            marks++;
            scope = NATIONAL;
        }
        if (entity.isAnnotationPresent(PartOf.class)) {
            marks++;
            scope = PART;
            Class<?> root = entity.getAnnotation(PartOf.class).value();
            if (!TenantScoped.class.isAssignableFrom(root) && !root.isAnnotationPresent(SharedData.class)) {
                throw new IllegalStateException(entity.getName() + " is @PartOf " + root.getName()
                        + ", which is neither TenantScoped nor @SharedData");
            }
        }
        if (marks != 1) {
            throw new IllegalStateException(entity.getName() + " must be exactly one of TenantScoped, @SharedData, "
                    + "@NationalData or @PartOf (the tenancy rule, see README \"Security\"), but is " + marks);
        }
        return scope;
    }
}
