package de.leitstand.kernel.api;

import java.time.Instant;
import java.util.Set;

/**
 * A user as the administration shows it (never the password hash).
 *
 * @param id           the record's id, as the audit trail names it
 * @param agencyNumber the user's Jobcenter; {@code null} for national users
 */
public record UserView(long id, String username, String displayName, String agencyNumber, String jobcenterName,
                       Set<Role> roles, boolean enabled, Instant passwordChangedAt, long version) implements java.io.Serializable {
}
