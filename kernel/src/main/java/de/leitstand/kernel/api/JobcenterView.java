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
 * @param land             ISO code of the Land the Jobcenter lies in (e.g. {@code BB}), see {@link Land}
 * @param landName         e.g. "Brandenburg"
 * @param regionalDirectorate the BA's Regionaldirektion of a gE (e.g. {@code BERLIN_BRANDENBURG}), {@code null} for a zkT
 * @param regionalDirectorateName e.g. "Regionaldirektion Berlin-Brandenburg"
 */
public record JobcenterView(String agencyNumber, String type, String typeCode, String name,
                            String managingDirector, String street, String postalCode, String city,
                            String email, String phone, String website, long version,
                            String land, String landName, String regionalDirectorate, String regionalDirectorateName) implements java.io.Serializable {

    /** @return whether the Jobcenter is a gemeinsame Einrichtung */
    public boolean isGemeinsameEinrichtung() {
        return "GE".equals(type);
    }

    /** @return the supervising level of the cascade: the Regionaldirektion of a gE, the Land of a zkT; {@code null} if not placed */
    public SupervisoryLevel supervisoryLevel() {
        if (isGemeinsameEinrichtung()) {
            return regionalDirectorate == null ? null : SupervisoryLevel.of(Regionaldirektion.valueOf(regionalDirectorate));
        }
        return land == null ? null : SupervisoryLevel.of(Land.valueOf(land));
    }
}
