package de.leitstand.programmes.domain;

import de.leitstand.kernel.api.persistence.PartOf;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A dated event of a pact's history: joins and leaves, concept changes, coordinator changes. */
@PartOf(Pact.class)
@Entity
@Audited("Paktereignis")
@Table(name = "programmes_event")
public class PactEvent implements de.leitstand.kernel.api.persistence.AuditNamed {

    @Id
    @SequenceGenerator(name = "programmes_seq", sequenceName = "programmes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programmes_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pact_id", nullable = false, updatable = false)
    private Pact pact;

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    private PactEventType type;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "agency_number", length = 5)
    private String agencyNumber;

    protected PactEvent() {
        // for JPA
    }

    PactEvent(Pact pact, LocalDate date, PactEventType type, String description, AgencyNumber agency) {
        this.pact = pact;
        this.date = date;
        this.type = type;
        this.description = description;
        this.agencyNumber = agency == null ? null : agency.value();
    }

    public Long getId() { return id; }
    public LocalDate getDate() { return date; }
    public PactEventType getType() { return type; }
    public String getDescription() { return description; }
    public String getAgencyNumber() { return agencyNumber; }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return de.leitstand.kernel.api.persistence.AuditRendering.text(date) + " " + de.leitstand.kernel.api.persistence.AuditRendering.text(type);
    }
}
