package de.leitstand.kernel.domain;

import de.leitstand.kernel.api.AgencyNumber;

import java.util.List;
import java.util.Optional;

/** The registry's store. */
public interface JobcenterRepository {

    Optional<Jobcenter> find(AgencyNumber agencyNumber);

    /** @param text part of name or number, lower case; {@code null} for all */
    List<Jobcenter> search(String text, JobcenterType type, int offset, int limit);

    long count(String text, JobcenterType type);

    void add(Jobcenter jobcenter);

    List<Jobcenter> all();

    /** @return the Jobcenters a supervising level covers (gE of a Regionaldirektion, zkT of a Land), by name */
    List<Jobcenter> supervisedBy(de.leitstand.kernel.api.SupervisoryLevel level);

    /**
     * Writes pending changes now, so the new version is known and a concurrent change surfaces here.
     *
     * @throws de.leitstand.kernel.api.ConflictException {@code CONCURRENT_MODIFICATION}
     */
    void flush();
}
