package de.leitstand.kernel.api;

/**
 * The ten Regionaldirektionen of the Bundesagentur für Arbeit. Together with the kommunaler Träger
 * a Regionaldirektion (through the Agentur für Arbeit) agrees the targets of each gemeinsame
 * Einrichtung of its region (§ 48b Abs. 1 Nr. 2 SGB II).
 */
public enum Regionaldirektion {
    NORD("Nord"),
    NIEDERSACHSEN_BREMEN("Niedersachsen-Bremen"),
    NORDRHEIN_WESTFALEN("Nordrhein-Westfalen"),
    HESSEN("Hessen"),
    RHEINLAND_PFALZ_SAARLAND("Rheinland-Pfalz-Saarland"),
    BADEN_WUERTTEMBERG("Baden-Württemberg"),
    BAYERN("Bayern"),
    BERLIN_BRANDENBURG("Berlin-Brandenburg"),
    SACHSEN("Sachsen"),
    SACHSEN_ANHALT_THUERINGEN("Sachsen-Anhalt-Thüringen");

    private final String region;

    Regionaldirektion(String region) {
        this.region = region;
    }

    /** @return e.g. "Regionaldirektion Berlin-Brandenburg" */
    public String germanName() {
        return "Regionaldirektion " + region;
    }

    /** @return the region alone, e.g. "Berlin-Brandenburg" */
    public String region() {
        return region;
    }

    /** @return the Regionaldirektion of this code, {@code null} for {@code null} or blank */
    public static Regionaldirektion ofCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("REGIONALDIREKTION_INVALID", "regionalDirectorate",
                    Text.of("kernel.REGIONALDIREKTION_INVALID", code));
        }
    }
}
