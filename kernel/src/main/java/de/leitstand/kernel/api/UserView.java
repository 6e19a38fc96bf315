package de.leitstand.kernel.api;

import java.time.Instant;
import java.util.Set;

/**
 * A user as the administration shows it (never the password hash).
 *
 * @param agencyNumber the user's Jobcenter; {@code null} for national users
 */
public record UserView(String username, String displayName, String agencyNumber, String jobcenterName,
                       Set<Role> roles, boolean enabled, Instant passwordChangedAt, long version) {
}
