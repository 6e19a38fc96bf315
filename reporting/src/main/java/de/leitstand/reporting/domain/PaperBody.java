package de.leitstand.reporting.domain;

import de.leitstand.kernel.api.persistence.SharedData;
import de.leitstand.kernel.api.persistence.SharedRecord;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.OwnedByJobcenter;
import de.leitstand.kernel.api.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who issues a Jobcenter's committee papers (the county and its office, e.g. "Landkreis Rotenburg (Wümme)",
 * "Der Landrat") and how released papers are numbered: electoral term and running number, e.g. "2011-16/1287".
 */
@Entity
@Audited("Vorlagen-Körperschaft")
@Table(name = "reporting_body")
@SharedData("the issuing body of a Jobcenter's committee papers is printed on every paper and published as OParl Body")
public class PaperBody implements OwnedByJobcenter, SharedRecord {

    private static final Pattern TERM = Pattern.compile("(\\d{4})(?:-(\\d{2}|\\d{4}))?");

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

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Column(name = "ags", length = 8)
    private String ags;

    @Column(name = "signer_role", length = 100)
    private String signerRole;

    @Column(name = "signer_name", length = 200)
    private String signerName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "modified_at")
    private Instant modifiedAt;

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

    /**
     * The published details: the legislative term's dates, the Amtlicher Gemeindeschlüssel and who signs the papers
     * (e.g. "In Vertretung", "Colshorn"); each may be null.
     */
    public void describe(LocalDate newTermStart, LocalDate newTermEnd, String newAgs, String newSignerRole, String newSignerName, Instant at) {
        this.termStart = newTermStart;
        this.termEnd = newTermEnd;
        this.ags = newAgs;
        this.signerRole = newSignerRole;
        this.signerName = newSignerName;
        this.modifiedAt = at;
    }

    /** The term's first day: as set, else derived from its name ({@link #derivedStart(String)}). */
    public LocalDate termStartOrDerived() {
        return termStart != null ? termStart : derivedStart(electoralTerm);
    }

    /** The term's last day: as set, else derived from its name ({@link #derivedEnd(String)}). */
    public LocalDate termEndOrDerived() {
        return termEnd != null ? termEnd : derivedEnd(electoralTerm);
    }

    /** 1 January of a term's first year ("2011-16": 2011-01-01); null when the name holds no year. */
    public static LocalDate derivedStart(String term) {
        Matcher m = TERM.matcher(term);
        return m.matches() ? LocalDate.of(Integer.parseInt(m.group(1)), 1, 1) : null;
    }

    /** 31 December of a term's last year ("2011-16": 2016-12-31, "2026": 2026-12-31); null when the name holds no year. */
    public static LocalDate derivedEnd(String term) {
        Matcher m = TERM.matcher(term);
        if (!m.matches()) {
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : m.group(2).length() == 4 ? Integer.parseInt(m.group(2)) : first / 100 * 100 + Integer.parseInt(m.group(2));
        return LocalDate.of(last < first ? last + 100 : last, 12, 31);
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
    public LocalDate getTermStart() { return termStart; }
    public LocalDate getTermEnd() { return termEnd; }
    public String getAgs() { return ags; }
    public String getSignerRole() { return signerRole; }
    public String getSignerName() { return signerName; }
    public Instant getModifiedAt() { return modifiedAt; }
    public long getVersion() { return version; }
}
