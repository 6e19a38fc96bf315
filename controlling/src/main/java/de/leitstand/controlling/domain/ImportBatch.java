package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.TenantScoped;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.InstantConverter;
import de.leitstand.kernel.api.persistence.YearMonthConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One imported file of basis figures: how many values, for which Jobcenters and months, which vintages,
 * how many were new and how many revised an existing value. Its insertion is the import's audit entry.
 */
@Entity
@Audited("Import der Basiszahlen")
@Table(name = "controlling_import")
public class ImportBatch implements TenantScoped {

    @Id
    @SequenceGenerator(name = "controlling_import_seq", sequenceName = "controlling_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_import_seq")
    private Long id;

    @Column(name = "rows_total", nullable = false, updatable = false)
    private int rows;

    @Column(name = "jobcenters", nullable = false, length = 2000, updatable = false)
    private String jobcenters;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "first_month", nullable = false, updatable = false)
    private YearMonth firstMonth;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "last_month", nullable = false, updatable = false)
    private YearMonth lastMonth;

    @Column(name = "vintages", nullable = false, length = 200, updatable = false)
    private String vintages;

    @Column(name = "inserted", nullable = false, updatable = false)
    private int inserted;

    @Column(name = "revised", nullable = false, updatable = false)
    private int revised;

    @Column(name = "source", nullable = false, length = 200, updatable = false)
    private String source;

    @Convert(converter = InstantConverter.class)
    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    /** SHA-256 of the file and its default vintage: the same file is taken once (unique, also against parallel imports). */
    @Column(name = "file_hash", length = 64, unique = true, updatable = false)
    private String fileHash;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** @return the one Jobcenter the file was about, or {@code null} for a file of several (a national import) */
    @Override
    public AgencyNumber getAgencyNumber() {
        java.util.List<AgencyNumber> covered = covered();
        return covered.size() == 1 ? covered.get(0) : null;
    }

    /** Staff of every Jobcenter in the file see the batch. */
    @Override
    public java.util.Collection<AgencyNumber> readers() {
        return covered();
    }

    private java.util.List<AgencyNumber> covered() {
        return java.util.Arrays.stream(jobcenters.split(",\\s*")).filter(a -> a.matches("\\d{5}")).map(AgencyNumber::new).toList();
    }

    protected ImportBatch() {
        // for JPA
    }

    /**
     * A batch whose values are about to be written: persisted first so that its id can name it in the values'
     * source; {@link #recordOutcome} fills in the numbers before the row is written at flush.
     */
    public ImportBatch(int rows, String jobcenters, YearMonth firstMonth, YearMonth lastMonth, String vintages, Instant importedAt) {
        this(rows, jobcenters, firstMonth, lastMonth, vintages, 0, 0, ControllingSources.IMPORTED, importedAt);
    }

    public ImportBatch(int rows, String jobcenters, YearMonth firstMonth, YearMonth lastMonth, String vintages, int inserted,
                       int revised, String source, Instant importedAt) {
        this.rows = rows;
        this.jobcenters = jobcenters.length() > 2000 ? jobcenters.substring(0, 1990) + " …" : jobcenters;
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
        this.vintages = vintages.length() > 200 ? vintages.substring(0, 190) + " …" : vintages;
        this.inserted = inserted;
        this.revised = revised;
        this.source = source;
        this.importedAt = importedAt;
    }

    /** Names the file (its hash) before the batch is flushed; a second batch of the same file is refused by the database. */
    public void recordFile(String hash) {
        this.fileHash = hash;
    }

    /** Records what writing the values did and the source they carry; before the batch is flushed. */
    public void recordOutcome(int newInserted, int newRevised, String newSource) {
        this.inserted = newInserted;
        this.revised = newRevised;
        this.source = newSource;
    }

    public Long getId() { return id; }
    public int getRows() { return rows; }
    public String getJobcenters() { return jobcenters; }
    public YearMonth getFirstMonth() { return firstMonth; }
    public YearMonth getLastMonth() { return lastMonth; }
    public Instant getImportedAt() { return importedAt; }
    public int getInserted() { return inserted; }
    public int getRevised() { return revised; }
    public String getVintages() { return vintages; }
    public String getSource() { return source; }
}
