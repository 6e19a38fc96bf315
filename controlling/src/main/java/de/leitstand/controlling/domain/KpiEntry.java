package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.persistence.SharedData;
import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/**
 * A row of the Kennzahlen catalogue table: one version of a figure's definition as data (a code has one
 * row per version of the ordinance), filled from {@link KpiCatalogue} and adjustable (lags, validity)
 * without a release when the ordinance changes.
 */
@SharedData("the catalogue of § 48a Kennzahlen is the ordinance")
@Entity
@Audited("Kennzahl")
@Table(name = "controlling_kpi_definition")
public class KpiEntry {

    @Id
    @Column(name = "id", length = 20)
    private String id;

    @Column(name = "code", nullable = false, length = 10, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "formula_type", nullable = false, length = 30)
    private FormulaType formulaType;

    @Enumerated(EnumType.STRING)
    @Column(name = "numerator", nullable = false, length = 20)
    private Series numerator;

    @Enumerated(EnumType.STRING)
    @Column(name = "denominator", nullable = false, length = 20)
    private Series denominator;

    @Column(name = "denominator_lag", nullable = false)
    private int denominatorLag;

    @Column(name = "extra_lag", nullable = false)
    private int extraLag;

    @Column(name = "target_dimension", nullable = false)
    private int targetDimension;

    @Column(name = "key_indicator", nullable = false)
    private boolean keyIndicator;

    @Column(name = "higher_is_better", nullable = false)
    private boolean higherIsBetter;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "source", nullable = false, length = 300)
    private String source;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected KpiEntry() {
        // for JPA
    }

    public KpiEntry(KpiDefinition d) {
        this.id = d.versionKey();
        this.code = d.code();
        this.name = d.name();
        this.formulaType = d.formulaType();
        this.numerator = d.numerator();
        this.denominator = d.denominator();
        this.denominatorLag = d.denominatorLag();
        this.extraLag = d.extraLag();
        this.targetDimension = d.targetDimension();
        this.keyIndicator = d.keyIndicator();
        this.higherIsBetter = d.higherIsBetter();
        this.validFrom = d.validFrom();
        this.validTo = d.validTo();
        this.source = d.source();
    }

    public KpiDefinition definition() {
        return new KpiDefinition(code, name, formulaType, numerator, denominator, denominatorLag, extraLag, targetDimension,
                keyIndicator, higherIsBetter, validFrom, validTo, source);
    }

    public String getId() {
        return id;
    }

    public String getCode() {
        return code;
    }
}
