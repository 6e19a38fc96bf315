package de.leitstand.reporting.domain;

import de.leitstand.kernel.api.persistence.SharedData;
import de.leitstand.kernel.api.persistence.SharedRecord;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.OwnedByJobcenter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Who issues a Jobcenter's committee papers (the county and its office, e.g. "Landkreis Rotenburg (Wümme)",
 * "Der Landrat") and how released papers are numbered: electoral term and running number, e.g. "2011-16/1287".
 */
@Entity
@Audited("Vorlagen-Körperschaft")
@Table(name = "reporting_body")
@SharedData("the issuing body of a Jobcenter's committee papers is printed on every paper and published as OParl Body")
public class PaperBody implements OwnedByJobcenter, SharedRecord {

    @Id
    @Column(name = "agency_number", length = 5)
    private String agencyNumber;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "office", nullable = false, length = 200)
    private String office;

    @Column(name = "electoral_term", nullable = false, length = 20)
    private String electoralTerm;

    @Column(name = "next_number", nullable = false)
    private int nextNumber;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PaperBody() {
        // for JPA
    }

    public PaperBody(AgencyNumber agency, String name, String office, String electoralTerm, int nextNumber) {
        this.agencyNumber = agency.value();
        change(name, office, electoralTerm, nextNumber);
    }

    public final void change(String newName, String newOffice, String newTerm, int newNext) {
        this.name = newName;
        this.office = newOffice;
        this.electoralTerm = newTerm;
        this.nextNumber = newNext;
    }

    /** The next Drucksachen-Nr. ("term/number"); the counter moves on. */
    public String takeReference() {
        return electoralTerm + "/" + nextNumber++;
    }

    @Override
    public AgencyNumber getAgencyNumber() { return new AgencyNumber(agencyNumber); }

    /** Only the Jobcenter itself (and ADMIN) changes its issuing body. */
    @Override
    public AgencyNumber getCreatedBy() { return getAgencyNumber(); }

    public String getName() { return name; }
    public String getOffice() { return office; }
    public String getElectoralTerm() { return electoralTerm; }
    public int getNextNumber() { return nextNumber; }
    public long getVersion() { return version; }
}
