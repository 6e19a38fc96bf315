package de.leitstand.programmes.domain;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.persistence.SharedRecord;
import de.leitstand.kernel.api.persistence.SharedData;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A funding programme (e.g. the federal "Perspektive 50 Plus"). Aggregate root; shared master data
 * that many Jobcenters take part in. Invariants: phases are numbered uniquely and do not overlap;
 * co-financing rates lie between 0 and 100 %.
 */
@SharedData("funding programmes and partner organisations are common reference data of all pacts; changed only by ADMIN or the Jobcenter that created them")
@Entity
@Audited("Förderprogramm")
@Table(name = "programmes_programme")
public class FundingProgramme implements de.leitstand.kernel.api.persistence.AuditNamed, SharedRecord {

    @Id
    @SequenceGenerator(name = "programmes_seq", sequenceName = "programmes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programmes_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "short_name", length = 60)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(name = "funder", nullable = false, length = 20)
    private Funder funder;

    @Column(name = "legal_basis", length = 500)
    private String legalBasis;

    @Column(name = "administering_body", length = 300)
    private String administeringBody;

    @Column(name = "target_group", length = 1000)
    private String targetGroup;

    @Column(name = "esf_rate_pct", precision = 5, scale = 2)
    private BigDecimal esfRatePercent;

    @Column(name = "own_share_pct", precision = 5, scale = 2)
    private BigDecimal ownSharePercent;

    @Column(name = "co_financing_rules", length = 2000)
    private String coFinancingRules;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ProgrammePhase> phases = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate")
    private List<ReportingObligation> obligations = new ArrayList<>();

    /** The Jobcenter that created the record; {@code null} when ADMIN or the system did. */
    @Column(name = "created_by_agency", length = 5, updatable = false)
    private String createdByAgency;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected FundingProgramme() {
        // for JPA
    }

    public FundingProgramme(ProgrammeData data) {
        change(data);
    }

    public final void change(ProgrammeData data) {
        this.name = data.name();
        this.shortName = data.shortName();
        this.funder = data.funder();
        this.legalBasis = data.legalBasis();
        this.administeringBody = data.administeringBody();
        this.targetGroup = data.targetGroup();
        this.esfRatePercent = data.esfRatePercent();
        this.ownSharePercent = data.ownSharePercent();
        this.coFinancingRules = data.coFinancingRules();
    }

    /** Replaces the phases; refuses overlapping phases or repeated numbers. */
    public void replacePhases(List<ProgrammePhase.Data> data) {
        List<ProgrammePhase.Data> sorted = data.stream().sorted(java.util.Comparator.comparing(ProgrammePhase.Data::from)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).from().isAfter(sorted.get(i - 1).to())) {
                throw new de.leitstand.kernel.api.ValidationException("PHASES_OVERLAP", "phases",
                        Text.of("programmes.PHASES_OVERLAP", sorted.get(i - 1).number(), sorted.get(i).number()));
            }
        }
        if (data.stream().map(ProgrammePhase.Data::number).distinct().count() < data.size()) {
            throw new de.leitstand.kernel.api.ValidationException("PHASE_NUMBER_TWICE", "phases", Text.of("programmes.PHASE_NUMBER_TWICE"));
        }
        for (ProgrammePhase.Data d : data) {
            if (d.to().isBefore(d.from())) {
                throw new de.leitstand.kernel.api.ValidationException("PHASE_DATES", "phases",
                        Text.of("programmes.PHASE_DATES", d.number()));
            }
        }
        phases.removeIf(phase -> data.stream().noneMatch(d -> d.number() == phase.getNumber()));
        for (ProgrammePhase.Data d : data) {
            phases.stream().filter(p -> p.getNumber() == d.number()).findFirst()
                    .orElseGet(() -> {
                        ProgrammePhase created = new ProgrammePhase(this, d.number());
                        phases.add(created);
                        return created;
                    }).change(d);
        }
    }

    public void replaceObligations(List<ReportingObligation.Data> data) {
        obligations.clear();
        data.forEach(d -> obligations.add(new ReportingObligation(this, d)));
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public Funder getFunder() { return funder; }
    public String getLegalBasis() { return legalBasis; }
    public String getAdministeringBody() { return administeringBody; }
    public String getTargetGroup() { return targetGroup; }
    public BigDecimal getEsfRatePercent() { return esfRatePercent; }
    public BigDecimal getOwnSharePercent() { return ownSharePercent; }
    public String getCoFinancingRules() { return coFinancingRules; }
    public List<ProgrammePhase> getPhases() { return Collections.unmodifiableList(phases); }
    public List<ReportingObligation> getObligations() { return Collections.unmodifiableList(obligations); }
    public long getVersion() { return version; }

    @Override
    public AgencyNumber getCreatedBy() { return createdByAgency == null ? null : new AgencyNumber(createdByAgency); }

    /** Records who created it; set once, before the record is stored. */
    public void createdBy(AgencyNumber creator) {
        if (this.createdByAgency == null && creator != null) {
            this.createdByAgency = creator.value();
        }
    }

    /** The programme's own fields. */
    public record ProgrammeData(String name, String shortName, Funder funder, String legalBasis, String administeringBody,
                                String targetGroup, BigDecimal esfRatePercent, BigDecimal ownSharePercent,
                                String coFinancingRules) {
    }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return name;
    }
}
