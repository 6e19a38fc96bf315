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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/**
 * A quality standard of a Jobcenter with its target: the customer-satisfaction index (school grade
 * 1,0–6,0, lower is better), the process-quality index, or an operative minimum standard (share in %).
 * The exact BA catalogues are internal, so each Jobcenter keeps its own list (domain.md § 9).
 */
@Entity
@Audited("Qualitätsstandard")
@Table(name = "controlling_quality_standard")
public class QualityStandard extends TenantOwnedEntity {

    /** How a standard is measured; a grade is better when lower, the others when higher. */
    public enum Kind {
        NOTE(new BigDecimal("1.0"), new BigDecimal("6.0")),
        INDEX(BigDecimal.ZERO, new BigDecimal("1000")),
        PROZENT(BigDecimal.ZERO, new BigDecimal("100"));

        private final BigDecimal min;
        private final BigDecimal max;

        Kind(BigDecimal min, BigDecimal max) {
            this.min = min;
            this.max = max;
        }

        public boolean accepts(BigDecimal value) {
            return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
        }

        public BigDecimal min() { return min; }
        public BigDecimal max() { return max; }
        public boolean lowerIsBetter() { return this == NOTE; }
    }

    @Id
    @SequenceGenerator(name = "controlling_steering_seq", sequenceName = "controlling_steering_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_steering_seq")
    private Long id;

    @Column(name = "code", nullable = false, length = 20, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private Kind kind;

    @Column(name = "target", nullable = false, precision = 7, scale = 2)
    private BigDecimal target;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected QualityStandard() {
        // for JPA
    }

    public QualityStandard(AgencyNumber owner, String code, Kind kind, String name, BigDecimal target) {
        super(owner);
        this.code = code;
        this.kind = kind;
        change(name, target, true);
    }

    public final void change(String newName, BigDecimal newTarget, boolean isActive) {
        this.name = newName;
        this.target = newTarget;
        this.active = isActive;
    }

    /** Whether an actual value meets the target (a grade at or below it, the others at or above). */
    public boolean met(BigDecimal actual) {
        int c = actual.compareTo(target);
        return kind.lowerIsBetter() ? c <= 0 : c >= 0;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Kind getKind() { return kind; }
    public BigDecimal getTarget() { return target; }
    public boolean isActive() { return active; }
}
