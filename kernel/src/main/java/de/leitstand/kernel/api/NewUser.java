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
        @NotBlank(message = "Bitte geben Sie einen Benutzernamen ein.")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,59}",
                message = "Der Benutzername darf nur Kleinbuchstaben, Ziffern, Punkt, Binde- und Unterstrich enthalten (2 bis 60 Zeichen).")
        String username,
        @NotBlank(message = "Bitte geben Sie den Namen ein.")
        @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
        String displayName,
        String agencyNumber,
        @NotEmpty(message = "Bitte wählen Sie mindestens eine Rolle.")
        Set<Role> roles,
        String password,
        @Size(max = 60, message = "Die Aufsichtsebene darf höchstens 60 Zeichen lang sein.")
        String level) implements java.io.Serializable {
}
