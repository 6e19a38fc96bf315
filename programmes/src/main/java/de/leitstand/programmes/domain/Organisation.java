package de.leitstand.programmes.domain;

import de.leitstand.kernel.api.persistence.SharedRecord;
import de.leitstand.kernel.api.persistence.SharedData;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An external organisation (coordinator, education provider, chamber, company …); shared master data. */
@SharedData("funding programmes and partner organisations are common reference data of all pacts; changed only by ADMIN or the Jobcenter that created them")
@Entity
@Audited("Organisation")
@Table(name = "programmes_organisation")
public class Organisation implements de.leitstand.kernel.api.persistence.AuditNamed, SharedRecord {

    @Id
    @SequenceGenerator(name = "programmes_seq", sequenceName = "programmes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programmes_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 20)
    private OrganisationType type;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "contact", length = 500)
    private String contact;

    /** The Jobcenter that created the record; {@code null} when ADMIN or the system did. */
    @Column(name = "created_by_agency", length = 5, updatable = false)
    private String createdByAgency;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, OrganisationType type, String address, String contact) {
        change(name, type, address, contact);
    }

    public final void change(String newName, OrganisationType newType, String newAddress, String newContact) {
        this.name = newName;
        this.type = newType;
        this.address = newAddress;
        this.contact = newContact;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public OrganisationType getType() { return type; }
    public String getAddress() { return address; }
    public String getContact() { return contact; }
    public long getVersion() { return version; }

    @Override
    public AgencyNumber getCreatedBy() { return createdByAgency == null ? null : new AgencyNumber(createdByAgency); }

    /** Records who created it; set once, before the record is stored. */
    public void createdBy(AgencyNumber creator) {
        if (this.createdByAgency == null && creator != null) {
            this.createdByAgency = creator.value();
        }
    }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return name;
    }
}
