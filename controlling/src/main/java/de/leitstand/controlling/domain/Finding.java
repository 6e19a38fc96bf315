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

import java.time.LocalDate;

/** A finding (Feststellung) of the Fachaufsicht in a Prüffeld; corrective actions follow from it. */
@Entity
@Audited("Feststellung")
@Table(name = "controlling_finding")
public class Finding extends TenantOwnedEntity {

    @Id
    @SequenceGenerator(name = "controlling_supervision_seq", sequenceName = "controlling_supervision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_supervision_seq")
    private Long id;

    @Column(name = "area_id", nullable = false, updatable = false)
    private Long areaId;

    @Column(name = "found_on", nullable = false, updatable = false)
    private LocalDate foundOn;

    @Column(name = "description", nullable = false, length = 2000, updatable = false)
    private String description;

    protected Finding() {
        // for JPA
    }

    public Finding(AgencyNumber owner, Long areaId, LocalDate foundOn, String description) {
        super(owner);
        this.areaId = areaId;
        this.foundOn = foundOn;
        this.description = description;
    }

    public Long getId() { return id; }
    public Long getAreaId() { return areaId; }
    public LocalDate getFoundOn() { return foundOn; }
    public String getDescription() { return description; }
}
