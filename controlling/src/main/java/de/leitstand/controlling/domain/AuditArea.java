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

import java.math.BigDecimal;

/**
 * A Prüffeld of the Fachaufsicht (e.g. KdU § 22), kept per Jobcenter. The optional threshold is the
 * error rate the annual average must stay below (seed 002: "durchschnittliche Fehlerquote Ist im JDW < 5 %").
 */
@Entity
@Audited("Prüffeld")
@Table(name = "controlling_audit_area")
public class AuditArea extends TenantOwnedEntity {

    @Id
    @SequenceGenerator(name = "controlling_supervision_seq", sequenceName = "controlling_supervision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_supervision_seq")
    private Long id;

    @Column(name = "code", nullable = false, length = 20, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "error_threshold", precision = 5, scale = 2)
    private BigDecimal errorThreshold;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected AuditArea() {
        // for JPA
    }

    public AuditArea(AgencyNumber owner, String code, String name, BigDecimal errorThreshold) {
        super(owner);
        this.code = code;
        change(name, errorThreshold, true);
    }

    public final void change(String newName, BigDecimal newThreshold, boolean isActive) {
        this.name = newName;
        this.errorThreshold = newThreshold;
        this.active = isActive;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public BigDecimal getErrorThreshold() { return errorThreshold; }
    public boolean isActive() { return active; }
}
