package de.leitstand.controlling.domain;

/**
 * The monthly basis figures per Jobcenter and gender (stocks at month end, flows during the month,
 * sums in euros), as BA Statistik delivers them for the § 48a Kennzahlen.
 */
public enum Series {
    ELB("Bestand erwerbsfähige Leistungsberechtigte"),
    LZB("Bestand Langzeitleistungsbeziehende"),
    ELB_AE("Bestand alleinerziehende ELB"),
    INT("Integrationen"),
    INT_LZB("Integrationen von Langzeitleistungsbeziehenden"),
    INT_AE("Integrationen von Alleinerziehenden"),
    /** Integrations into employment subject to social insurance only: the denominator of K2E3 (§ 5 (2) Nr. 3 VO). */
    INT_SVB("Integrationen in sozialversicherungspflichtige Beschäftigung"),
    EINTR_GB("Eintritte in geringfügige Beschäftigung"),
    EINTR_OGB("Eintritte in öffentlich geförderte Beschäftigung"),
    KONT_BESCH("Kontinuierliche Beschäftigung nach Integration"),
    /** Integrations (svpfl.) after which the person is in svpfl. employment twelve months later: K2E3 before 2019. */
    NACH_INT("Nachhaltige Integrationen"),
    LZB_AKTIV("Langzeitleistungsbeziehende in Maßnahmen der aktiven Arbeitsförderung"),
    ZUG_ELB("Zugänge ELB"),
    ABG_ELB("Abgänge ELB"),
    ZUG_LZB("Zugänge LZB"),
    ABG_LZB("Abgänge LZB"),
    LLU_EUR("Summe der Leistungen zum Lebensunterhalt (€)"),
    LUH_EUR("Summe der Leistungen für Unterkunft und Heizung (€)");

    private final String germanName;

    Series(String germanName) {
        this.germanName = germanName;
    }

    public String germanName() {
        return germanName;
    }

    /** @return whether the values are euros (two decimals) rather than counts */
    public boolean isMoney() {
        return name().endsWith("_EUR");
    }
}
