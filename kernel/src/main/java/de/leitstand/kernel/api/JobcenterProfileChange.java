package de.leitstand.kernel.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A Jobcenter's own data, as its Geschäftsführung (or an ADMIN) edits it.
 *
 * @param version the version the editor started from; a stale one ends in a conflict
 */
public record JobcenterProfileChange(
        @Size(max = 200, message = "{kernel.MANAGING_DIRECTOR_SIZE}")
        String managingDirector,
        @Size(max = 200, message = "{kernel.STREET_SIZE}")
        String street,
        @Pattern(regexp = "(\\d{5})?", message = "{kernel.POSTAL_CODE_PATTERN}")
        String postalCode,
        @Size(max = 100, message = "{kernel.CITY_SIZE}")
        String city,
        @Email(message = "{kernel.EMAIL_EMAIL}")
        @Size(max = 200, message = "{kernel.EMAIL_SIZE}")
        String email,
        @Size(max = 50, message = "{kernel.PHONE_SIZE}")
        String phone,
        @Pattern(regexp = "(https?://\\S+)?", message = "{kernel.WEBSITE_PATTERN}")
        @Size(max = 200, message = "{kernel.WEBSITE_SIZE}")
        String website,
        long version) implements java.io.Serializable {
}
