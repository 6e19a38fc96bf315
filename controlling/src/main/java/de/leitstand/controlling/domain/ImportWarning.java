package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.PartOf;
import de.leitstand.kernel.api.persistence.YearMonthConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.YearMonth;

/** A plausibility warning about one value of an accepted import, kept with its batch (never changed). */
@Entity
@Audited("Plausibilitätswarnung")
@PartOf(ImportBatch.class)
@Table(name = "controlling_import_warning")
public class ImportWarning {

    @Id
    @SequenceGenerator(name = "controlling_import_warning_seq", sequenceName = "controlling_import_warning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_import_warning_seq")
    private Long id;

    @Column(name = "import_id", nullable = false, updatable = false)
    private long importId;

    @Column(name = "agency_number", nullable = false, length = 5, updatable = false)
    private String agencyNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "series", nullable = false, length = 20, updatable = false)
    private Series series;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "ref_month", nullable = false, updatable = false)
    private YearMonth month;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 10, updatable = false)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule", nullable = false, length = 30, updatable = false)
    private PlausibilityRules.Rule rule;

    @Column(name = "message", nullable = false, length = 500, updatable = false)
    private String message;

    protected ImportWarning() {
        // for JPA
    }

    public ImportWarning(long importId, PlausibilityRules.Warning warning) {
        this.importId = importId;
        this.agencyNumber = warning.agencyNumber();
        this.series = warning.series();
        this.month = warning.month();
        this.gender = warning.gender();
        this.rule = warning.rule();
        this.message = warning.message().length() > 500 ? warning.message().substring(0, 497) + "…" : warning.message();
    }

    public long getImportId() { return importId; }
    public String getAgencyNumber() { return agencyNumber; }
    public Series getSeries() { return series; }
    public YearMonth getMonth() { return month; }
    public Gender getGender() { return gender; }
    public PlausibilityRules.Rule getRule() { return rule; }
    public String getMessage() { return message; }
}
