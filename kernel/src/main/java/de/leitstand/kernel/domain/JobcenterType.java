package de.leitstand.kernel.domain;

/** The form of a Jobcenter under SGB II. */
public enum JobcenterType {
    /** gemeinsame Einrichtung (gE) of the Agentur für Arbeit and the municipality, § 44b SGB II */
    GE("gE", "gemeinsame Einrichtung"),
    /** zugelassener kommunaler Träger (zkT, Optionskommune), § 6a SGB II */
    ZKT("zkT", "zugelassener kommunaler Träger");

    private final String code;
    private final String germanName;

    JobcenterType(String code, String germanName) {
        this.code = code;
        this.germanName = germanName;
    }

    /** @return the short form used in the EinglMV annex, "gE" or "zkT" */
    public String code() {
        return code;
    }

    public String germanName() {
        return germanName;
    }

    public static JobcenterType fromCode(String code) {
        for (JobcenterType type : values()) {
            if (type.code.equalsIgnoreCase(code) || type.name().equalsIgnoreCase(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unbekannte Trägerform: " + code);
    }
}
