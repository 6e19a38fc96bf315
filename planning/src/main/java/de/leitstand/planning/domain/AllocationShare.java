package de.leitstand.planning.domain;

import de.leitstand.kernel.api.persistence.SharedData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A Jobcenter's shares in the national funds of one year, from the annexes of that year's
 * Eingliederungsmittelverordnung (public law): Anlage 2 and 3 for the Eingliederungsmittel, Anlage 4
 * for the Verwaltungsmittel, Anlage 5 for the gE's part of the BA's Verwaltungsmittel. Public data.
 */
@SharedData("the EinglMV allocation shares are an annex of the ordinance")
@Entity
@de.leitstand.kernel.api.persistence.Audited("EinglMV-Anteile")
@IdClass(AllocationShare.Key.class)
@Table(name = "planning_allocation_share")
public class AllocationShare implements de.leitstand.kernel.api.persistence.AuditNamed {

    @Id
    @Column(name = "share_year")
    private int year;

    @Id
    @Column(name = "agency_number", length = 5)
    private String agencyNumber;

    @Column(name = "egl_annex2_pct", precision = 9, scale = 4)
    private BigDecimal integrationAnnex2;

    @Column(name = "egl_annex3_pct", precision = 9, scale = 4)
    private BigDecimal integrationAnnex3;

    @Column(name = "vk_annex4_pct", precision = 9, scale = 4)
    private BigDecimal administrationAnnex4;

    @Column(name = "vk_annex5_pct", precision = 9, scale = 4)
    private BigDecimal administrationAnnex5;

    protected AllocationShare() {
        // for JPA
    }

    public AllocationShare(int year, String agencyNumber, BigDecimal integrationAnnex2, BigDecimal integrationAnnex3,
                           BigDecimal administrationAnnex4, BigDecimal administrationAnnex5) {
        this.year = year;
        this.agencyNumber = agencyNumber;
        this.integrationAnnex2 = integrationAnnex2;
        this.integrationAnnex3 = integrationAnnex3;
        this.administrationAnnex4 = administrationAnnex4;
        this.administrationAnnex5 = administrationAnnex5;
    }

    /**
     * The Eingliederungsmittel estimate: each annex's share of the amount distributed by that annex.
     *
     * @return euros, half-up; {@code null} when no amount is given
     */
    public BigDecimal integrationEstimate(BigDecimal amountByAnnex2, BigDecimal amountByAnnex3) {
        if (amountByAnnex2 == null && amountByAnnex3 == null) {
            return null;
        }
        return share(amountByAnnex2, integrationAnnex2).add(share(amountByAnnex3, integrationAnnex3))
                .setScale(0, RoundingMode.HALF_UP);
    }

    /** @return the Verwaltungsmittel estimate by Anlage 4, euros half-up; {@code null} without amount */
    public BigDecimal administrationEstimate(BigDecimal amountByAnnex4) {
        return amountByAnnex4 == null ? null : share(amountByAnnex4, administrationAnnex4).setScale(0, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal percent) {
        if (amount == null || percent == null) {
            return BigDecimal.ZERO;
        }
        return amount.multiply(percent).divide(Amounts.HUNDRED, 6, RoundingMode.HALF_UP);
    }

    /** Takes the shares of {@code other} (same year and Jobcenter, e.g. from a corrected annex). */
    public void adopt(AllocationShare other) {
        this.integrationAnnex2 = same(integrationAnnex2, other.integrationAnnex2) ? integrationAnnex2 : other.integrationAnnex2;
        this.integrationAnnex3 = same(integrationAnnex3, other.integrationAnnex3) ? integrationAnnex3 : other.integrationAnnex3;
        this.administrationAnnex4 = same(administrationAnnex4, other.administrationAnnex4) ? administrationAnnex4 : other.administrationAnnex4;
        this.administrationAnnex5 = same(administrationAnnex5, other.administrationAnnex5) ? administrationAnnex5 : other.administrationAnnex5;
    }

    /** Equal in value (2.5 and 2.5000 are the same share, and no change for the audit trail). */
    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public int getYear() { return year; }
    public String getAgencyNumber() { return agencyNumber; }
    public BigDecimal getIntegrationAnnex2() { return integrationAnnex2; }
    public BigDecimal getIntegrationAnnex3() { return integrationAnnex3; }
    public BigDecimal getAdministrationAnnex4() { return administrationAnnex4; }
    public BigDecimal getAdministrationAnnex5() { return administrationAnnex5; }

    /** The composite key: year and agency number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private int year;
        private String agencyNumber;

        public Key() {
        }

        public Key(int year, String agencyNumber) {
            this.year = year;
            this.agencyNumber = agencyNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.year == year && Objects.equals(key.agencyNumber, agencyNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, agencyNumber);
        }
    }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return "EinglMV-Anteile " + year + " · " + agencyNumber;
    }
}
