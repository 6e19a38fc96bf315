package de.leitstand.planning.api;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Estimates from the Eingliederungsmittelverordnung (the annexes' shares of each Jobcenter) and the
 * federal share of administrative costs per year. The 2022 shares ship with Leitstand; other years
 * are imported as CSV (ADMIN).
 */
public interface AllocationPlanning {

    /**
     * @param integrationByAnnex2 the national Eingliederungsmittel distributed by Anlage 2
     * @param integrationByAnnex3 … by Anlage 3
     * @param administrationByAnnex4 the national Verwaltungsmittel distributed by Anlage 4
     */
    Estimate estimate(String agencyNumber, int year, BigDecimal integrationByAnnex2, BigDecimal integrationByAnnex3,
                      BigDecimal administrationByAnnex4);

    List<Integer> shareYears();

    /**
     * Imports a year's shares: CSV with the header {@code traeger_nr,traeger_form,jobcenter,egl_anteil_anl2_pct,
     * egl_anteil_anl3_pct,vk_anteil_anl4_pct,vk_anteil_ge_anl5_pct} (decimal comma or point). A file with any
     * error is refused whole, naming line and column.
     *
     * @return the number of Jobcenters imported
     */
    int importShares(int year, InputStream csv);

    FederalShareView federalShare(int year);

    /** @return what the caller may do on the allocation page, from the roles the use cases ask for */
    AllocationRights rights();

    FederalShareView changeFederalShare(int year, BigDecimal percent, long version);

    /** @param integrationEstimate Anlage 2 share × amount 2 + Anlage 3 share × amount 3, whole euros */
    record Estimate(String agencyNumber, int year, BigDecimal integrationShareAnnex2, BigDecimal integrationShareAnnex3,
                    BigDecimal administrationShareAnnex4, BigDecimal integrationEstimate, BigDecimal administrationEstimate) implements java.io.Serializable {
    }

    /** @param maintainShares whether the caller imports a year's shares and sets the federal share */
    record AllocationRights(boolean maintainShares) implements java.io.Serializable {
    }

    /** @param legalDefault whether no rate is set for the year and the legal 84,8 % applies */
    record FederalShareView(int year, BigDecimal percent, boolean legalDefault, long version) implements java.io.Serializable {
    }
}
