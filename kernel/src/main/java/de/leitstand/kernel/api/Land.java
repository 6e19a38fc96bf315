package de.leitstand.kernel.api;

/**
 * The sixteen Länder, by their ISO 3166-2:DE code. Each Jobcenter lies in one; a Land supervises its
 * zugelassene kommunale Träger (§ 48b Abs. 1 Nr. 4 SGB II), and each Land belongs to one
 * {@link Regionaldirektion} of the Bundesagentur für Arbeit, which supervises its gemeinsame Einrichtungen.
 */
public enum Land {
    BW("Baden-Württemberg", Regionaldirektion.BADEN_WUERTTEMBERG),
    BY("Bayern", Regionaldirektion.BAYERN),
    BE("Berlin", Regionaldirektion.BERLIN_BRANDENBURG),
    BB("Brandenburg", Regionaldirektion.BERLIN_BRANDENBURG),
    HB("Bremen", Regionaldirektion.NIEDERSACHSEN_BREMEN),
    HH("Hamburg", Regionaldirektion.NORD),
    HE("Hessen", Regionaldirektion.HESSEN),
    MV("Mecklenburg-Vorpommern", Regionaldirektion.NORD),
    NI("Niedersachsen", Regionaldirektion.NIEDERSACHSEN_BREMEN),
    NW("Nordrhein-Westfalen", Regionaldirektion.NORDRHEIN_WESTFALEN),
    RP("Rheinland-Pfalz", Regionaldirektion.RHEINLAND_PFALZ_SAARLAND),
    SL("Saarland", Regionaldirektion.RHEINLAND_PFALZ_SAARLAND),
    SN("Sachsen", Regionaldirektion.SACHSEN),
    ST("Sachsen-Anhalt", Regionaldirektion.SACHSEN_ANHALT_THUERINGEN),
    SH("Schleswig-Holstein", Regionaldirektion.NORD),
    TH("Thüringen", Regionaldirektion.SACHSEN_ANHALT_THUERINGEN);

    private final String germanName;
    private final Regionaldirektion regionaldirektion;

    Land(String germanName, Regionaldirektion regionaldirektion) {
        this.germanName = germanName;
        this.regionaldirektion = regionaldirektion;
    }

    public String germanName() {
        return germanName;
    }

    /** @return the Regionaldirektion of the BA responsible for this Land */
    public Regionaldirektion regionaldirektion() {
        return regionaldirektion;
    }

    /** @return the Land of this code, {@code null} for {@code null} or blank */
    public static Land ofCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("LAND_INVALID", "land", Text.of("kernel.LAND_INVALID", code));
        }
    }
}
