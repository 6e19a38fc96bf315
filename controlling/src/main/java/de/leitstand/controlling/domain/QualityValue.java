package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import de.leitstand.kernel.api.persistence.YearMonthConverter;
import jakarta.persistence.Convert;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The actual value of a quality standard in a month; entering it again corrects it. */
@Entity
@Audited("Qualitätswert")
@Table(name = "controlling_quality_value")
public class QualityValue extends TenantOwnedEntity {

    @Id
    @SequenceGenerator(name = "controlling_steering_seq", sequenceName = "controlling_steering_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_steering_seq")
    private Long id;

    @Column(name = "standard_id", nullable = false, updatable = false)
    private Long standardId;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "ref_month", nullable = false, updatable = false)
    private YearMonth month;

    @Column(name = "actual", nullable = false, precision = 7, scale = 2)
    private BigDecimal actual;

    protected QualityValue() {
        // for JPA
    }

    public QualityValue(AgencyNumber owner, Long standardId, YearMonth month, BigDecimal actual) {
        super(owner);
        this.standardId = standardId;
        this.month = month;
        this.actual = actual;
    }

    public void correct(BigDecimal value) {
        this.actual = value;
    }

    public Long getId() { return id; }
    public Long getStandardId() { return standardId; }
    public YearMonth getMonth() { return month; }
    public BigDecimal getActual() { return actual; }
}
