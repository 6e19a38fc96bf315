package de.leitstand.programmes.domain;

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
@Entity
@Audited("Organisation")
@Table(name = "programmes_organisation")
public class Organisation implements de.leitstand.kernel.api.persistence.AuditNamed {

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

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return name;
    }
}
