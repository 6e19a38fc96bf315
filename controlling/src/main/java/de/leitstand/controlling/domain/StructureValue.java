package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.TenantScoped;
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
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One structure figure of a Jobcenter for a period (a year = annual average, or a month), category and
 * age group, in one data vintage. Like the basis figures these are published statistics: everyone
 * logged in reads them, a Jobcenter's controlling writes its own; a newer vintage revises a value.
 */
@Entity
@Audited("Strukturwert")
@Table(name = "controlling_structure_value")
public class StructureValue implements de.leitstand.kernel.api.persistence.AuditNamed, TenantScoped {

    @Id
    @SequenceGenerator(name = "controlling_structure_seq", sequenceName = "controlling_structure_seq", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "controlling_structure_seq")
    private Long id;

    @Column(name = "agency_number", nullable = false, length = 5, updatable = false)
    private String agencyNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "figure", nullable = false, length = 20, updatable = false)
    private StructureFigure figure;

    @Column(name = "period", nullable = false, length = 7, updatable = false)
    private String period;

    @Column(name = "category", nullable = false, length = 20, updatable = false)
    private String category;

    @Column(name = "age_group", nullable = false, length = 10, updatable = false)
    private String ageGroup;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "vintage", nullable = false, updatable = false)
    private YearMonth vintage;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal value;

    @Column(name = "source", length = 200)
    private String source;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StructureValue() {
        // for JPA
    }

    public StructureValue(StructureRow row, String source) {
        this.agencyNumber = row.agencyNumber();
        this.figure = row.figure();
        this.period = row.period();
        this.category = row.category();
        this.ageGroup = row.ageGroup();
        this.vintage = row.vintage();
        this.value = row.value();
        this.source = source;
    }

    /** Corrects the value within the same vintage. */
    public void correct(BigDecimal newValue, String newSource) {
        this.value = newValue;
        this.source = newSource;
    }

    /** The natural key without the vintage. */
    public String key() {
        return figure + "|" + period + "|" + category + "|" + ageGroup;
    }

    @Override
    public AgencyNumber getAgencyNumber() { return new AgencyNumber(agencyNumber); }

    public StructureFigure getFigure() { return figure; }
    public String getPeriod() { return period; }
    public String getCategory() { return category; }
    public String getAgeGroup() { return ageGroup; }
    public YearMonth getVintage() { return vintage; }
    /**
     * @return the value without the column's trailing zeros (5485, 4.7), so that it reads the same whether it
     *         comes from the database (scale of the column) or from the entity just stored
     */
    public BigDecimal getValue() {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
    public String getSource() { return source; }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return agencyNumber + " · " + figure.germanName() + " · " + period + (category.isEmpty() ? "" : " · " + category) + (ageGroup.isEmpty() ? "" : " · " + ageGroup) + " · Datenstand " + de.leitstand.kernel.api.persistence.AuditRendering.text(vintage);
    }
}
