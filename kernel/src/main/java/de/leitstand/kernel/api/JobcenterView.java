package de.leitstand.kernel.api;

/**
 * A Jobcenter as the registry and its own profile describe it.
 *
 * @param agencyNumber     Träger-Nummer, five digits
 * @param type             {@code GE} (gemeinsame Einrichtung) or {@code ZKT} (zugelassener kommunaler Träger)
 * @param typeCode         "gE" or "zkT" as in the EinglMV annex
 * @param name             e.g. "Elbe-Elster"
 * @param managingDirector Geschäftsführer/in, for signatures
 * @param version          for optimistic locking of profile changes
 */
public record JobcenterView(String agencyNumber, String type, String typeCode, String name,
                            String managingDirector, String street, String postalCode, String city,
                            String email, String phone, String website, long version) implements java.io.Serializable {
}
