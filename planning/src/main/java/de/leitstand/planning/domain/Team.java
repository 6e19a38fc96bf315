package de.leitstand.planning.domain;

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

/** An organisational unit of a Jobcenter that plans bottom-up (a team). Names are unique per Jobcenter. */
@Entity
@Audited("Team")
@Table(name = "planning_team")
public class Team extends TenantOwnedEntity implements de.leitstand.kernel.api.persistence.AuditNamed {

    @Id
    @SequenceGenerator(name = "planning_team_seq", sequenceName = "planning_team_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planning_team_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Team() {
        // for JPA
    }

    public Team(AgencyNumber agencyNumber, String name) {
        super(agencyNumber);
        this.name = name;
    }

    public void change(String newName, boolean nowActive) {
        this.name = newName;
        this.active = nowActive;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return "Team " + name;
    }
}
