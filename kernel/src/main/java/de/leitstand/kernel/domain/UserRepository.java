package de.leitstand.kernel.domain;

import de.leitstand.kernel.api.AgencyNumber;

import java.util.List;
import java.util.Optional;

/** The user accounts' store. */
public interface UserRepository {

    Optional<UserAccount> find(String username);

    List<UserAccount> search(String text, AgencyNumber agencyNumber, int offset, int limit);

    long count(String text, AgencyNumber agencyNumber);

    void add(UserAccount user);

    /** @return whether any user exists at all (first start) */
    boolean isEmpty();

    /**
     * Writes pending changes now, so the new version is known and a concurrent change surfaces here.
     *
     * @throws de.leitstand.kernel.api.ConflictException {@code CONCURRENT_MODIFICATION}
     */
    void flush();
}
