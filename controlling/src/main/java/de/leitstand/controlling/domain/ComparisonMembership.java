package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.persistence.SharedData;
import de.leitstand.kernel.api.persistence.Audited;
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

import java.time.YearMonth;

/** A Jobcenter's assignment to a Vergleichstyp from one month on (open-ended until the next assignment). */
@SharedData("each Jobcenter's Vergleichstyp is published by the BA")
@Entity
@Audited("Vergleichstyp-Zuordnung")
@Table(name = "controlling_comparison_member")
public class ComparisonMembership {

    @Id
    @SequenceGenerator(name = "controlling_comparison_member_seq", sequenceName = "controlling_comparison_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_comparison_member_seq")
    private Long id;

    @Column(name = "type_code", nullable = false, length = 10, updatable = false)
    private String typeCode;

    @Column(name = "agency_number", nullable = false, length = 5, updatable = false)
    private String agencyNumber;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "valid_from", nullable = false, updatable = false)
    private YearMonth validFrom;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "valid_to")
    private YearMonth validTo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ComparisonMembership() {
    }

    public ComparisonMembership(String typeCode, String agencyNumber, YearMonth validFrom) {
        this.typeCode = typeCode;
        this.agencyNumber = agencyNumber;
        this.validFrom = validFrom;
    }

    /** Ends this assignment with the month before {@code next} starts. */
    public void endBefore(YearMonth next) {
        this.validTo = next.minusMonths(1);
    }

    /** Runs this assignment on to {@code to} (null: open-ended) when the one after it is removed. */
    public void runUntil(YearMonth to) {
        this.validTo = to;
    }

    public boolean validIn(YearMonth month) {
        return ComparisonType.covers(validFrom, validTo, month);
    }

    public Long getId() { return id; }
    public String getTypeCode() { return typeCode; }
    public String getAgencyNumber() { return agencyNumber; }
    public YearMonth getValidFrom() { return validFrom; }
    public YearMonth getValidTo() { return validTo; }
}
