package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.persistence.SharedData;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.YearMonthConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A Kennzahl as the BA published it for a Jobcenter, month and gender in one vintage (§ 7 VO: results
 * with their Berechnungsgrundlagen), kept beside the computed value for the reconciliation.
 */
@Entity
@Audited("Veröffentlichter Kennzahlwert")
@Table(name = "controlling_published")
@SharedData("the BA publishes every Jobcenter's Kennzahlen with numerator and denominator")
public class PublishedValue {

    @Id
    @SequenceGenerator(name = "controlling_published_seq", sequenceName = "controlling_published_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_published_seq")
    private Long id;

    @Column(name = "agency_number", nullable = false, length = 5, updatable = false)
    private String agencyNumber;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "ref_month", nullable = false, updatable = false)
    private YearMonth month;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 10, updatable = false)
    private Gender gender;

    @Column(name = "code", nullable = false, length = 10, updatable = false)
    private String code;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "vintage", nullable = false, updatable = false)
    private YearMonth vintage;

    @Column(name = "kpi_value", nullable = false, precision = 12, scale = 4)
    private BigDecimal value;

    @Column(name = "numerator", precision = 19, scale = 4)
    private BigDecimal numerator;

    @Column(name = "denominator", precision = 19, scale = 4)
    private BigDecimal denominator;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PublishedValue() {
        // for JPA
    }

    public PublishedValue(PublishedRow row) {
        this.agencyNumber = row.agencyNumber();
        this.month = row.month();
        this.gender = row.gender();
        this.code = row.code();
        this.vintage = row.vintage();
        revise(row);
    }

    /** Takes the value, numerator and denominator of a re-imported row of the same key. */
    public void revise(PublishedRow row) {
        this.value = row.value();
        this.numerator = row.numerator();
        this.denominator = row.denominator();
    }

    public String getAgencyNumber() { return agencyNumber; }
    public YearMonth getMonth() { return month; }
    public Gender getGender() { return gender; }
    public String getCode() { return code; }
    public YearMonth getVintage() { return vintage; }
    public BigDecimal getValue() { return value; }
    public BigDecimal getNumerator() { return numerator; }
    public BigDecimal getDenominator() { return denominator; }
}
