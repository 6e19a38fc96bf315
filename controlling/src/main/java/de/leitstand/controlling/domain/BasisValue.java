package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.TenantScoped;
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
 * One monthly basis figure of a Jobcenter in one data vintage (Datenstand). A newer vintage revises the
 * value and the older one stays; calculations use the latest vintage unless another is asked for.
 * Published statistics: every logged-in user may read them; a Jobcenter's controlling writes its own.
 */
@Entity
@Audited("Basiswert")
@Table(name = "controlling_value")
public class BasisValue implements de.leitstand.kernel.api.persistence.AuditNamed, TenantScoped {

    @Id
    @SequenceGenerator(name = "controlling_value_seq", sequenceName = "controlling_value_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_value_seq")
    private Long id;

    @Column(name = "agency_number", nullable = false, length = 5, updatable = false)
    private String agencyNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "series", nullable = false, length = 20, updatable = false)
    private Series series;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "ref_month", nullable = false, updatable = false)
    private YearMonth month;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 10, updatable = false)
    private Gender gender;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "vintage", nullable = false, updatable = false)
    private YearMonth vintage;

    @Column(name = "amount", nullable = false, precision = 17, scale = 2)
    private BigDecimal value;

    @Column(name = "source", length = 200)
    private String source;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected BasisValue() {
        // for JPA
    }

    public BasisValue(AgencyNumber agency, Series series, YearMonth month, Gender gender, YearMonth vintage,
                      BigDecimal value, String source) {
        this.agencyNumber = agency.value();
        this.series = series;
        this.month = month;
        this.gender = gender;
        this.vintage = vintage;
        this.value = value;
        this.source = source;
    }

    /** Corrects the value within the same vintage (manual correction). */
    public void correct(BigDecimal newValue, String newSource) {
        this.value = newValue;
        this.source = newSource;
    }

    public Long getId() { return id; }

    @Override
    public AgencyNumber getAgencyNumber() { return new AgencyNumber(agencyNumber); }

    public Series getSeries() { return series; }
    public YearMonth getMonth() { return month; }
    public Gender getGender() { return gender; }
    public YearMonth getVintage() { return vintage; }
    public BigDecimal getValue() { return value; }
    public String getSource() { return source; }
    public long getVersion() { return version; }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return agencyNumber + " · " + series.germanName() + " · " + de.leitstand.kernel.api.persistence.AuditRendering.text(month) + " · " + gender.label() + " · Datenstand " + de.leitstand.kernel.api.persistence.AuditRendering.text(vintage);
    }
}
