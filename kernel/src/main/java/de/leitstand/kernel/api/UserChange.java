package de.leitstand.kernel.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * A change of a user's name, Jobcenter, roles or status.
 *
 * @param version the version the editor started from; a stale one ends in a conflict
 * @param level   the supervising level of a REGIONALDIREKTION or LAND user ({@code RD:…}, {@code LAND:…}); {@code null} for others
 */
public record UserChange(
        @NotBlank(message = "{kernel.DISPLAY_NAME_NOT_BLANK}")
        @Size(max = 200, message = "{kernel.DISPLAY_NAME_SIZE}")
        String displayName,
        String agencyNumber,
        @NotEmpty(message = "{kernel.ROLES_NOT_EMPTY}")
        Set<Role> roles,
        boolean enabled,
        long version,
        @Size(max = 60, message = "{kernel.LEVEL_SIZE}")
        String level) implements java.io.Serializable {
}
