package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.persistence.PartOf;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A Kennzahl as it stood when a review dialogue took place (part of the dialogue, never changed). */
@PartOf(ReviewDialogue.class)
@Entity
@de.leitstand.kernel.api.persistence.Audited("Kennzahl im Zielnachhaltedialog")
@Table(name = "controlling_review_kpi")
public class ReviewKpi implements de.leitstand.kernel.api.persistence.AuditNamed {

    @Id
    @SequenceGenerator(name = "controlling_steering_seq", sequenceName = "controlling_steering_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_steering_seq")
    private Long id;

    @Column(name = "code", nullable = false, length = 10, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 300, updatable = false)
    private String name;

    @Column(name = "kpi_value", precision = 12, scale = 4, updatable = false)
    private BigDecimal value;

    @Column(name = "numerator", precision = 17, scale = 2, updatable = false)
    private BigDecimal numerator;

    @Column(name = "denominator", precision = 17, scale = 2, updatable = false)
    private BigDecimal denominator;

    @Column(name = "reason", length = 300, updatable = false)
    private String reason;

    protected ReviewKpi() {
        // for JPA
    }

    public ReviewKpi(String code, String name, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String reason) {
        this.code = code;
        this.name = name;
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
        this.reason = reason == null || reason.length() <= 300 ? reason : reason.substring(0, 297) + "…";
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public BigDecimal getValue() { return value; }
    public BigDecimal getNumerator() { return numerator; }
    public BigDecimal getDenominator() { return denominator; }
    public String getReason() { return reason; }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return code + " " + name;
    }
}
