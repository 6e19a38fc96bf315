package de.leitstand.kernel.domain;

/** What a Jobcenter keeps about itself: used on document title pages and signatures. */
public record JobcenterProfile(String managingDirector, String street, String postalCode, String city,
                               String email, String phone, String website) {
}
