package de.leitstand.programmes.domain;

import de.leitstand.kernel.api.persistence.PartOf;
import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A phase of a funding programme: its period, budget, rules and the number of pacts nationwide. */
@PartOf(FundingProgramme.class)
@Entity
@Audited("Programmphase")
@Table(name = "programmes_phase")
public class ProgrammePhase implements de.leitstand.kernel.api.persistence.AuditNamed {

    @Id
    @SequenceGenerator(name = "programmes_seq", sequenceName = "programmes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programmes_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private FundingProgramme programme;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "valid_from", nullable = false)
    private LocalDate from;

    @Column(name = "valid_to", nullable = false)
    private LocalDate to;

    @Column(name = "budget", precision = 15, scale = 2)
    private BigDecimal budget;

    @Column(name = "rules", length = 2000)
    private String rules;

    @Column(name = "pacts_nationwide")
    private Integer pactsNationwide;

    protected ProgrammePhase() {
        // for JPA
    }

    ProgrammePhase(FundingProgramme programme, int number) {
        this.programme = programme;
        this.number = number;
    }

    void change(Data data) {
        this.from = data.from();
        this.to = data.to();
        this.budget = data.budget();
        this.rules = data.rules();
        this.pactsNationwide = data.pactsNationwide();
    }

    /** @return whether the date lies within the phase (both ends included) */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public Long getId() { return id; }
    public FundingProgramme getProgramme() { return programme; }
    public int getNumber() { return number; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public BigDecimal getBudget() { return budget; }
    public String getRules() { return rules; }
    public Integer getPactsNationwide() { return pactsNationwide; }

    /** A phase's fields. */
    public record Data(int number, LocalDate from, LocalDate to, BigDecimal budget, String rules, Integer pactsNationwide) {
    }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return "Phase " + number + " (" + de.leitstand.kernel.api.persistence.AuditRendering.text(from) + "–" + de.leitstand.kernel.api.persistence.AuditRendering.text(to) + ")";
    }
}
