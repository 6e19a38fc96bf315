package de.leitstand.kernel.api;

import java.time.Instant;
import java.util.Set;

/**
 * A user as the administration shows it (never the password hash).
 *
 * @param id           the record's id, as the audit trail names it
 * @param agencyNumber the user's Jobcenter; {@code null} for national users
 * @param level        the supervising level key of a level user (e.g. {@code RD:BERLIN_BRANDENBURG}), else {@code null}
 * @param levelName    e.g. "Regionaldirektion Berlin-Brandenburg"
 */
public record UserView(long id, String username, String displayName, String agencyNumber, String jobcenterName,
                       Set<Role> roles, boolean enabled, Instant passwordChangedAt, long version,
                       String level, String levelName) implements java.io.Serializable {
}
