package de.leitstand.kernel.api.persistence;

import de.leitstand.kernel.api.AgencyNumber;

import java.util.Collection;
import java.util.List;

/**
 * A record that belongs to Jobcenters: the one tenancy rule ({@link de.leitstand.kernel.api.security.Tenancy})
 * is asked on every load ({@link #readers()}) and every insert, update and delete ({@link #writers()}) of it,
 * whatever query or repository was used. The kernel attaches this check to every entity class that
 * implements this interface; an entity class that is neither tenant-scoped nor marked {@link SharedData},
 * {@link NationalData} or {@link PartOf} stops the deployment (see the README's security section).
 */
public interface TenantScoped extends OwnedByJobcenter {

    /**
     * @return the Jobcenters whose staff may read this record; by default only the owner. A
     *         {@code null} element (or a {@code null} owner) stands for "national roles only".
     */
    default Collection<AgencyNumber> readers() {
        return java.util.Collections.singletonList(getAgencyNumber());
    }

    /** @return the Jobcenters whose staff may insert, change or delete this record; by default only the owner */
    default Collection<AgencyNumber> writers() {
        AgencyNumber owner = getAgencyNumber();
        return owner == null ? List.of() : List.of(owner);
    }
}
