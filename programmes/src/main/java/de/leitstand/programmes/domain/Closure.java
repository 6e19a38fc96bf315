package de.leitstand.programmes.domain;

import de.leitstand.kernel.api.persistence.PartOf;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.OwnedByJobcenter;
import jakarta.persistence.Version;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * The closing of a Jobcenter's participation in a pact (at the programme's end or on leaving).
 * After it the Jobcenter's participation figures of that pact are final.
 */
@PartOf(Pact.class)
@Entity
@Audited("Abschluss der Programmteilnahme")
@Table(name = "programmes_closure")
public class Closure implements OwnedByJobcenter {

    @Column(name = "agency_number", nullable = false, length = 5, updatable = false)
    private String agencyNumber;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Id
    @SequenceGenerator(name = "programmes_seq", sequenceName = "programmes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programmes_seq")
    private Long id;

    @Column(name = "pact_id", nullable = false, updatable = false)
    private Long pactId;

    @Column(name = "closed_on", nullable = false)
    private LocalDate closedOn;

    @Column(name = "closed_by", nullable = false, length = 60)
    private String closedBy;

    @Column(name = "remark", length = 2000)
    private String remark;

    protected Closure() {
        // for JPA
    }

    public Closure(AgencyNumber agency, Long pactId, LocalDate closedOn, String closedBy, String remark) {
        this.agencyNumber = agency.value();
        this.pactId = pactId;
        this.closedOn = closedOn;
        this.closedBy = closedBy;
        this.remark = remark;
    }

    public Long getId() { return id; }

    /** @return the member Jobcenter whose row this is; only it may change the row */
    @Override
    public AgencyNumber getAgencyNumber() { return new AgencyNumber(agencyNumber); }

    public long getVersion() { return version; }
    public Long getPactId() { return pactId; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getClosedBy() { return closedBy; }
    public String getRemark() { return remark; }
}
