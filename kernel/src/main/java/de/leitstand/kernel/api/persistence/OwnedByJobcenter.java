package de.leitstand.kernel.api.persistence;

import de.leitstand.kernel.api.AgencyNumber;

/** A record that belongs to one Jobcenter; the audit trail files its changes under it. */
public interface OwnedByJobcenter {

    /** @return the owning Jobcenter, or {@code null} for national records */
    AgencyNumber getAgencyNumber();
}
