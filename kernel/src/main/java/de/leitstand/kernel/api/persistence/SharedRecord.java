package de.leitstand.kernel.api.persistence;

import de.leitstand.kernel.api.AgencyNumber;

/**
 * A {@link SharedData} record that a Jobcenter created for everyone (a funding programme, an
 * organisation): everyone reads it, but only national roles and the creating Jobcenter change or
 * delete it; the others propose a change. The kernel checks this on every update and delete.
 */
public interface SharedRecord {

    /** @return the Jobcenter that created the record, or {@code null} when a national role or the system did */
    AgencyNumber getCreatedBy();
}
