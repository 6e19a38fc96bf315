package de.leitstand.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The two budget titles with last year's allocation and this year's estimate or allocation, as the
 * seed's table "Schätzwerte 2020 – Vergleich Ausgabemittelzuteilung 2019" shows them.
 */
@Embeddable
public class BudgetFigures {

    /** Whether this year's amounts are the preliminary estimate or the final allocation. */
    public enum Kind {
        SCHAETZWERT("Schätzwerte"),
        ZUTEILUNG("Zuteilung");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Column(name = "vk_previous", precision = 15, scale = 2)
    private BigDecimal administrationPrevious;

    @Column(name = "vk_current", precision = 15, scale = 2)
    private BigDecimal administrationCurrent;

    @Column(name = "egl_previous", precision = 15, scale = 2)
    private BigDecimal integrationPrevious;

    @Column(name = "egl_current", precision = 15, scale = 2)
    private BigDecimal integrationCurrent;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_kind", length = 20)
    private Kind kind = Kind.SCHAETZWERT;

    @Column(name = "budget_stand")
    private LocalDate stand;

    protected BudgetFigures() {
        // for JPA
    }

    public BudgetFigures(BigDecimal administrationPrevious, BigDecimal administrationCurrent,
                         BigDecimal integrationPrevious, BigDecimal integrationCurrent, Kind kind, LocalDate stand) {
        this.administrationPrevious = administrationPrevious;
        this.administrationCurrent = administrationCurrent;
        this.integrationPrevious = integrationPrevious;
        this.integrationCurrent = integrationCurrent;
        this.kind = kind == null ? Kind.SCHAETZWERT : kind;
        this.stand = stand;
    }

    /** @return equal figures of their own, for another programme version (an embeddable belongs to one entity) */
    BudgetFigures copy() {
        return new BudgetFigures(administrationPrevious, administrationCurrent, integrationPrevious, integrationCurrent, kind, stand);
    }

    public BudgetComparison administration() {
        return new BudgetComparison(administrationPrevious, administrationCurrent);
    }

    public BudgetComparison integration() {
        return new BudgetComparison(integrationPrevious, integrationCurrent);
    }

    /** @return the Gesamtbudget: both titles added */
    public BudgetComparison total() {
        return new BudgetComparison(sum(administrationPrevious, integrationPrevious),
                sum(administrationCurrent, integrationCurrent));
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    public BigDecimal getAdministrationPrevious() {
        return administrationPrevious;
    }

    public BigDecimal getAdministrationCurrent() {
        return administrationCurrent;
    }

    public BigDecimal getIntegrationPrevious() {
        return integrationPrevious;
    }

    public BigDecimal getIntegrationCurrent() {
        return integrationCurrent;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getStand() {
        return stand;
    }
}
