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
        @Size(max = 200, message = "Der Name der Geschäftsführung darf höchstens 200 Zeichen lang sein.")
        String managingDirector,
        @Size(max = 200, message = "Die Straße darf höchstens 200 Zeichen lang sein.")
        String street,
        @Pattern(regexp = "(\\d{5})?", message = "Die Postleitzahl muss aus fünf Ziffern bestehen.")
        String postalCode,
        @Size(max = 100, message = "Der Ort darf höchstens 100 Zeichen lang sein.")
        String city,
        @Email(message = "Die E-Mail-Adresse ist ungültig.")
        @Size(max = 200, message = "Die E-Mail-Adresse darf höchstens 200 Zeichen lang sein.")
        String email,
        @Size(max = 50, message = "Die Telefonnummer darf höchstens 50 Zeichen lang sein.")
        String phone,
        @Pattern(regexp = "(https?://\\S+)?", message = "Die Webseite muss mit http:// oder https:// beginnen.")
        @Size(max = 200, message = "Die Webseite darf höchstens 200 Zeichen lang sein.")
        String website,
        long version) implements java.io.Serializable {
}
