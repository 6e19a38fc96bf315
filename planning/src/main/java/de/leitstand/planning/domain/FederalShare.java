package de.leitstand.planning.domain;

import de.leitstand.kernel.api.persistence.SharedData;
import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/**
 * The federal share of total administrative costs for a year (§ 46 Abs. 3 SGB II: 84,8 %). Years
 * without a row use {@link #LEGAL_DEFAULT}; ADMIN can set another rate when the law changes.
 */
@SharedData("the federal share of administrative costs is published by the Bund")
@Entity
@Audited("Bundesanteil Verwaltungskosten")
@Table(name = "planning_federal_share")
public class FederalShare {

    public static final BigDecimal LEGAL_DEFAULT = new BigDecimal("84.8");

    @Id
    @Column(name = "share_year")
    private int year;

    @Column(name = "percent", nullable = false, precision = 5, scale = 1)
    private BigDecimal percent;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected FederalShare() {
        // for JPA
    }

    public FederalShare(int year, BigDecimal percent) {
        this.year = year;
        this.percent = percent;
    }

    public void change(BigDecimal newPercent) {
        this.percent = newPercent;
    }

    public int getYear() { return year; }
    public BigDecimal getPercent() { return percent; }
    public long getVersion() { return version; }
}
