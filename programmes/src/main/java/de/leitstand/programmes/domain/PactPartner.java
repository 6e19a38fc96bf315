package de.leitstand.programmes.domain;

import de.leitstand.kernel.api.persistence.PartOf;
import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A further partner of a pact (education provider, chamber, company …) and its role. */
@PartOf(Pact.class)
@Entity
@Audited("Paktpartner")
@Table(name = "programmes_partner")
public class PactPartner implements de.leitstand.kernel.api.persistence.AuditNamed {

    @Id
    @SequenceGenerator(name = "programmes_seq", sequenceName = "programmes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programmes_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pact_id", nullable = false, updatable = false)
    private Pact pact;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "role", length = 300)
    private String role;

    protected PactPartner() {
        // for JPA
    }

    PactPartner(Pact pact, Long organisationId, String role) {
        this.pact = pact;
        this.organisationId = organisationId;
        this.role = role;
    }

    public Long getId() { return id; }
    public Long getOrganisationId() { return organisationId; }
    public String getRole() { return role; }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return "Organisation " + organisationId + " (" + role + ")";
    }
}
