package de.leitstand.planning.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.persistence.Audited;
import de.leitstand.kernel.api.persistence.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One version of a Jobcenter's Arbeitsmarkt- und Integrationsprogramm for a year. Aggregate root.
 * Invariants:
 * <ul>
 *   <li>per Jobcenter and year exactly one version is current; older versions are history;</li>
 *   <li>a {@link ProgrammeStatus#VEREINBART} version never changes: every mutator refuses with
 *       {@code PROGRAMME_AGREED}; a change means {@link #revise revising} it into a new version;</li>
 *   <li>the workflow runs ENTWURF/FORTGESCHRIEBEN → IN_ABSTIMMUNG → VEREINBART (and back from
 *       IN_ABSTIMMUNG to the draft);</li>
 *   <li>a monthly target path always adds up to the planned integrations.</li>
 * </ul>
 * Its parts (goals, plan lines, transfers, staff and caseload lines, chapters) are entities of their own that live
 * and die with it ({@link ProgrammePart}); each takes its input as its own {@code Data} record and is copied into a
 * new version through it. What the budget leaves to plan is the derived {@link BudgetBalance}.
 */
@Entity
@Audited("Programm")
@Table(name = "planning_programme")
public class Programme extends TenantOwnedEntity implements de.leitstand.kernel.api.persistence.AuditNamed {

    @Id
    @SequenceGenerator(name = "planning_programme_seq", sequenceName = "planning_programme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planning_programme_seq")
    private Long id;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProgrammeStatus status;

    @Column(name = "stand_date")
    private LocalDate standDate;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @Column(name = "agreed_by", length = 200)
    private String agreedBy;

    @Column(name = "revision_reason", length = 1000)
    private String revisionReason;

    @Column(name = "predecessor_id", updatable = false)
    private Long predecessorId;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Embedded
    private IntegrationTarget integrationTarget = IntegrationTarget.none();

    @Embedded
    private LzbTarget lzbTarget = new LzbTarget(null, LzbBasis.ANNUAL_AVERAGE, null);

    @Embedded
    private BudgetFigures budget = new BudgetFigures(null, null, null, null, BudgetFigures.Kind.SCHAETZWERT, null);

    @ElementCollection
    @CollectionTable(name = "planning_target_path", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyColumn(name = "month_no")
    @Column(name = "integrations", nullable = false)
    private Map<Integer, Integer> targetPath = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "planning_spending_profile", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyColumn(name = "month_no")
    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private Map<Integer, BigDecimal> spendingProfile = new TreeMap<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Goal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanLine> planLines = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BudgetTransfer> transfers = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<StaffLine> staffLines = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("group")
    private List<CaseloadLine> caseload = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Section> sections = new ArrayList<>();

    protected Programme() {
        // for JPA
    }

    /** Starts the first version of a year's programme as a draft. */
    public Programme(AgencyNumber agencyNumber, int year, LocalDate standDate) {
        super(agencyNumber);
        this.year = year;
        this.versionNumber = 1;
        this.status = ProgrammeStatus.ENTWURF;
        this.standDate = standDate;
        this.current = true;
    }

    /**
     * Revises an agreed version: the new version copies everything, is {@link ProgrammeStatus#FORTGESCHRIEBEN}
     * and current; this one stays as it was agreed and becomes history.
     */
    public Programme revise(String reason, LocalDate newStandDate) {
        if (status != ProgrammeStatus.VEREINBART) {
            throw new ConflictException("PROGRAMME_NOT_AGREED", Text.of("planning.PROGRAMME_NOT_AGREED"));
        }
        if (!current) {
            throw new ConflictException("PROGRAMME_NOT_CURRENT", Text.of("planning.PROGRAMME_NOT_CURRENT"));
        }
        Programme next = new Programme(getAgencyNumber(), year, newStandDate);
        next.versionNumber = versionNumber + 1;
        next.status = ProgrammeStatus.FORTGESCHRIEBEN;
        next.revisionReason = reason;
        next.predecessorId = id;
        next.copyContentFrom(this);
        this.current = false;
        return next;
    }

    /** A new year's programme that starts from this one's goals, staff and chapters. */
    public Programme successorForYear(int nextYear, LocalDate newStandDate) {
        Programme next = new Programme(getAgencyNumber(), nextYear, newStandDate);
        next.parts().carryOverFrom(parts());
        return next;
    }

    private void copyContentFrom(Programme source) {
        integrationTarget = source.integrationTarget.copy();
        lzbTarget = source.lzbTarget.copy();
        budget = source.budget.copy();
        targetPath = new TreeMap<>(source.targetPath);
        spendingProfile = new TreeMap<>(source.spendingProfile);
        parts().copyFrom(source.parts());
    }

    private ProgrammeParts parts() {
        return new ProgrammeParts(this, goals, planLines, transfers, staffLines, caseload, sections);
    }

    // --- workflow (the transitions are ProgrammeStatus's) ---------------------------------------------

    public void submit() {
        status = status.submit();
    }

    public void returnToDraft() {
        status = status.returnToDraft(predecessorId != null);
    }

    public void agree(LocalDate date, String board) {
        status = status.agree();
        agreedOn = date;
        agreedBy = board;
    }

    // --- content --------------------------------------------------------------------------------

    public void changeStandDate(LocalDate date) {
        status.requireEditable();
        standDate = date;
    }

    public void changeTargets(IntegrationTarget integration, LzbTarget lzb) {
        status.requireEditable();
        integration.check();
        this.integrationTarget = integration;
        this.lzbTarget = lzb;
        if (!targetPath.isEmpty() && integration.getIntegrations() != null
                && TargetPath.sum(targetPath.values()) != integration.getIntegrations()) {
            // in month order: once loaded, the map is EclipseLink's IndirectMap (a Hashtable, no key order)
            MonthlyValues.replace(targetPath, TargetPath.distribute(integration.getIntegrations(), getTargetPath()));
        }
    }

    /** @param months twelve monthly integration targets that add up to the planned integrations */
    public void changeTargetPath(List<Integer> months) {
        status.requireEditable();
        TargetPath.check(integrationTarget.getIntegrations(), months);
        MonthlyValues.replace(targetPath, months);
    }

    public void changeBudget(BudgetFigures figures, List<BudgetTransfer.Data> newTransfers, List<PlanLine.Data> newLines,
                             List<BigDecimal> profile) {
        status.requireEditable();
        this.budget = figures;
        parts().replaceTransfers(newTransfers);
        parts().replacePlanLines(newLines);
        MonthlyValues.replace(spendingProfile, profile);
    }

    public void changeGoals(List<Goal.Data> newGoals) {
        status.requireEditable();
        parts().replaceGoals(newGoals);
    }

    public void changeStaff(List<StaffLine.Data> lines, List<CaseloadLine.Data> newCaseload) {
        status.requireEditable();
        parts().replaceStaff(lines);
        parts().replaceCaseload(newCaseload);
    }

    public void changeSections(List<Section.Data> newSections) {
        status.requireEditable();
        parts().replaceSections(newSections);
    }

    /** @return the funds left to plan after the transfers and the plan lines (derived, never stored) */
    public BudgetBalance balance() {
        return new BudgetBalance(budget, getTransfers(), getPlanLines());
    }

    // --- accessors --------------------------------------------------------------------------------

    public Long getId() { return id; }
    public int getYear() { return year; }
    public int getVersionNumber() { return versionNumber; }
    public ProgrammeStatus getStatus() { return status; }
    public LocalDate getStandDate() { return standDate; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public String getAgreedBy() { return agreedBy; }
    public String getRevisionReason() { return revisionReason; }
    public boolean isCurrent() { return current; }
    public IntegrationTarget getIntegrationTarget() { return integrationTarget; }
    public LzbTarget getLzbTarget() { return lzbTarget; }
    public BudgetFigures getBudget() { return budget; }

    /** @return the twelve monthly targets, January first; empty when no path is set */
    public List<Integer> getTargetPath() {
        return targetPath.isEmpty() ? List.of() : new ArrayList<>(new TreeMap<>(targetPath).values());
    }

    /** @return the planned commitments per month, January first (missing months as zero); empty when none */
    public List<BigDecimal> getSpendingProfile() {
        return MonthlyValues.twelve(spendingProfile, BigDecimal.ZERO);
    }

    public List<Goal> getGoals() { return Collections.unmodifiableList(goals); }
    public List<PlanLine> getPlanLines() { return Collections.unmodifiableList(planLines); }
    public List<BudgetTransfer> getTransfers() { return Collections.unmodifiableList(transfers); }
    public List<StaffLine> getStaffLines() { return Collections.unmodifiableList(staffLines); }
    /** @return the caseload lines in the order of the customer groups (the same whether just stored or read back) */
    public List<CaseloadLine> getCaseload() {
        return caseload.stream().sorted(java.util.Comparator.comparing(CaseloadLine::getGroup)).toList();
    }
    public List<Section> getSections() { return Collections.unmodifiableList(sections); }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return "Programm " + year + ", Version " + versionNumber + " · " + getAgencyNumber().value();
    }
}
