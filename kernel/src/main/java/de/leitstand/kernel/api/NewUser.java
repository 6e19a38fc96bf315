package de.leitstand.kernel.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * A user to create.
 *
 * @param agencyNumber the user's Jobcenter; {@code null} or blank only for a national ADMIN
 * @param password     the initial password; must meet the password rules
 * @param level        the supervising level of a REGIONALDIREKTION or LAND user ({@code RD:BERLIN_BRANDENBURG}, {@code LAND:NI}); {@code null} for others
 */
public record NewUser(
        @NotBlank(message = "{kernel.USERNAME_NOT_BLANK}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,59}",
                message = "{kernel.USERNAME_PATTERN}")
        String username,
        @NotBlank(message = "{kernel.DISPLAY_NAME_NOT_BLANK}")
        @Size(max = 200, message = "{kernel.DISPLAY_NAME_SIZE}")
        String displayName,
        String agencyNumber,
        @NotEmpty(message = "{kernel.ROLES_NOT_EMPTY}")
        Set<Role> roles,
        String password,
        @Size(max = 60, message = "{kernel.LEVEL_SIZE}")
        String level) implements java.io.Serializable {
}
