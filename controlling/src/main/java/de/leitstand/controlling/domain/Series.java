package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.Text;

/**
 * The monthly basis figures per Jobcenter and gender (stocks at month end, flows during the month,
 * sums in euros), as BA Statistik delivers them for the § 48a Kennzahlen.
 */
public enum Series {
    ELB("controlling.SERIES_ELB"),
    LZB("controlling.SERIES_LZB"),
    ELB_AE("controlling.SERIES_ELB_AE"),
    INT("controlling.SERIES_INT"),
    INT_LZB("controlling.SERIES_INT_LZB"),
    INT_AE("controlling.SERIES_INT_AE"),
    /** Integrations into employment subject to social insurance only: the denominator of K2E3 (§ 5 (2) Nr. 3 VO). */
    INT_SVB("controlling.SERIES_INT_SVB"),
    EINTR_GB("controlling.SERIES_EINTR_GB"),
    EINTR_OGB("controlling.SERIES_EINTR_OGB"),
    KONT_BESCH("controlling.SERIES_KONT_BESCH"),
    /** Integrations (svpfl.) after which the person is in svpfl. employment twelve months later: K2E3 before 2019. */
    NACH_INT("controlling.SERIES_NACH_INT"),
    LZB_AKTIV("controlling.SERIES_LZB_AKTIV"),
    ZUG_ELB("controlling.SERIES_ZUG_ELB"),
    ABG_ELB("controlling.SERIES_ABG_ELB"),
    ZUG_LZB("controlling.SERIES_ZUG_LZB"),
    ABG_LZB("controlling.SERIES_ABG_LZB"),
    LLU_EUR("controlling.SERIES_LLU_EUR"),
    LUH_EUR("controlling.SERIES_LUH_EUR");

    private final String key;

    Series(String key) {
        this.key = key;
    }

    /** @return the series' name in German (audit trail, German texts) */
    public String germanName() {
        return text().german();
    }

    /** @return the series' name, said in the language of the page or request that shows it */
    public Text text() {
        return Text.of(key);
    }

    /** @return whether the values are euros (two decimals) rather than counts */
    public boolean isMoney() {
        return name().endsWith("_EUR");
    }
}
