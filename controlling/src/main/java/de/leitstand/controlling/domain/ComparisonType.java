package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.persistence.SharedData;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.YearMonthConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.YearMonth;

/** A Vergleichstyp: Jobcenters with similar framework conditions, compared with each other (e.g. "IIIb"). */
@SharedData("the Vergleichstypen are published by the BA for comparing Jobcenters")
@Entity
@Audited("Vergleichstyp")
@Table(name = "controlling_comparison_type")
public class ComparisonType {

    @Id
    @Column(name = "code", length = 10)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "valid_from", nullable = false)
    private YearMonth validFrom;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "valid_to")
    private YearMonth validTo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ComparisonType() {
    }

    public ComparisonType(String code, String name, YearMonth validFrom, YearMonth validTo) {
        this.code = code;
        change(name, validFrom, validTo);
    }

    public final void change(String name, YearMonth validFrom, YearMonth validTo) {
        this.name = name;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean validIn(YearMonth month) {
        return covers(validFrom, validTo, month);
    }

    /** @return whether {@code month} lies in the period from {@code from} to {@code to} (open-ended when null) */
    static boolean covers(YearMonth from, YearMonth to, YearMonth month) {
        return !month.isBefore(from) && (to == null || !month.isAfter(to));
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public YearMonth getValidFrom() { return validFrom; }
    public YearMonth getValidTo() { return validTo; }
    public long getVersion() { return version; }
}
