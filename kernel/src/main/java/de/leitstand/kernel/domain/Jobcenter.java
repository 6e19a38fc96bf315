package de.leitstand.kernel.domain;

import de.leitstand.kernel.api.persistence.SharedData;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Land;
import de.leitstand.kernel.api.Regionaldirektion;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.OwnedByJobcenter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A Jobcenter of the national registry. Aggregate root. Invariants: the agency number, type and
 * name come from the registry (EinglMV annex) and are master data; the profile (address, contact,
 * managing director) is kept by the Jobcenter itself and is versioned for optimistic locking.
 * The registry itself is public; who may edit the profile is decided by tenancy.
 */
@SharedData("the national registry of Jobcenters (agency number, type, name, EinglMV shares) is published law data")
@Entity
@Audited("Jobcenter")
@Table(name = "kernel_jobcenter")
public class Jobcenter implements de.leitstand.kernel.api.persistence.AuditNamed, OwnedByJobcenter {

    @Id
    @Column(name = "agency_number", length = 5)
    private String agencyNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 3)
    private JobcenterType type;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "managing_director", length = 200)
    private String managingDirector;

    @Column(name = "street", length = 200)
    private String street;

    @Column(name = "postal_code", length = 5)
    private String postalCode;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "phone", length = 50)
    private String phone;

    @Column(name = "website", length = 200)
    private String website;

    /** The Land of the territory the Jobcenter serves (ISO code), from the shipped levels file or ADMIN. */
    @Enumerated(EnumType.STRING)
    @Column(name = "land", length = 2)
    private Land land;

    /** The BA's Regionaldirektion for a gE; {@code null} for a zkT. */
    @Enumerated(EnumType.STRING)
    @Column(name = "regional_directorate", length = 40)
    private Regionaldirektion regionalDirectorate;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Jobcenter() {
        // for JPA
    }

    public Jobcenter(AgencyNumber agencyNumber, JobcenterType type, String name) {
        this.agencyNumber = agencyNumber.value();
        this.type = type;
        this.name = name;
    }

    /** Updates the registry data from a newer annex; the profile stays as the Jobcenter kept it. */
    public void updateRegistryData(JobcenterType newType, String newName) {
        this.type = newType;
        this.name = newName;
    }

    /**
     * Places the Jobcenter in the cascade: its Land and, for a gE, the Regionaldirektion of that Land.
     *
     * @throws IllegalArgumentException when the Regionaldirektion does not fit the form or the Land
     */
    public void placeIn(Land newLand, Regionaldirektion newRegionalDirectorate) {
        if (newLand == null) {
            throw new IllegalArgumentException("a Jobcenter lies in a Land");
        }
        if (type == JobcenterType.GE ? newRegionalDirectorate != newLand.regionaldirektion() : newRegionalDirectorate != null) {
            throw new IllegalArgumentException("a gE has the Regionaldirektion of its Land, a zkT none");
        }
        this.land = newLand;
        this.regionalDirectorate = newRegionalDirectorate;
    }

    /** @return whether the Jobcenter has been placed in the cascade yet */
    public boolean isPlaced() {
        return land != null;
    }

    public Land getLand() {
        return land;
    }

    public Regionaldirektion getRegionalDirectorate() {
        return regionalDirectorate;
    }

    public void updateProfile(JobcenterProfile profile) {
        this.managingDirector = profile.managingDirector();
        this.street = profile.street();
        this.postalCode = profile.postalCode();
        this.city = profile.city();
        this.email = profile.email();
        this.phone = profile.phone();
        this.website = profile.website();
    }

    public AgencyNumber getAgencyNumber() {
        return new AgencyNumber(agencyNumber);
    }

    public JobcenterType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public JobcenterProfile getProfile() {
        return new JobcenterProfile(managingDirector, street, postalCode, city, email, phone, website);
    }

    public long getVersion() {
        return version;
    }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return agencyNumber + " " + name;
    }
}
