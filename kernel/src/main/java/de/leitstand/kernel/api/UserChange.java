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
        @NotBlank(message = "Bitte geben Sie den Namen ein.")
        @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
        String displayName,
        String agencyNumber,
        @NotEmpty(message = "Bitte wählen Sie mindestens eine Rolle.")
        Set<Role> roles,
        boolean enabled,
        long version,
        @Size(max = 60, message = "Die Aufsichtsebene darf höchstens 60 Zeichen lang sein.")
        String level) implements java.io.Serializable {
}
