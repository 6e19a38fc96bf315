package de.leitstand.planning.domain;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
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
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

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
            throw new ConflictException("PROGRAMME_NOT_AGREED",
                    Text.of("planning.PROGRAMME_NOT_AGREED"));
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
        next.replaceGoals(goals.stream().map(g -> new GoalData(g.getKind(), g.getTitle(), g.getIndicator(),
                g.getComparator(), g.getTargetNumber(), g.getTargetUnit(), g.getTargetText(), GoalStatus.IN_ABSTIMMUNG,
                g.getKpiCode())).toList());
        next.replaceSections(sections.stream().map(s -> new SectionData(s.getTitle(), s.getContent())).toList());
        next.replaceStaff(staffLines.stream().map(s -> new StaffData(s.getEmployer(), s.getFunction(), s.getCapacity())).toList());
        return next;
    }

    private void copyContentFrom(Programme source) {
        IntegrationTarget it = source.integrationTarget;
        integrationTarget = new IntegrationTarget(it.getIntegrations(), it.getIntegrationRate(), it.getIntegrationsWomen(),
                it.getIntegrationsMen(), it.getIntegrationRateWomen(), it.getIntegrationRateMen(), it.getPreviousYearRate());
        lzbTarget = new LzbTarget(source.lzbTarget.getChangePercent(), source.lzbTarget.getBasis(), source.lzbTarget.getBaseline());
        BudgetFigures b = source.budget;
        budget = new BudgetFigures(b.getAdministrationPrevious(), b.getAdministrationCurrent(), b.getIntegrationPrevious(),
                b.getIntegrationCurrent(), b.getKind(), b.getStand());
        targetPath = new TreeMap<>(source.targetPath);
        spendingProfile = new TreeMap<>(source.spendingProfile);
        replaceGoals(source.goals.stream().map(g -> new GoalData(g.getKind(), g.getTitle(), g.getIndicator(),
                g.getComparator(), g.getTargetNumber(), g.getTargetUnit(), g.getTargetText(), g.getStatus(), g.getKpiCode())).toList());
        replacePlanLines(source.planLines.stream().map(l -> new PlanLineData(l.getCategory(), l.getAmount(),
                l.getPlannedEntries(), l.isDemoValue(), l.getNote())).toList());
        replaceTransfers(source.transfers.stream().map(t -> new TransferData(t.getDate(), t.getAmount(), t.getNote())).toList());
        replaceStaff(source.staffLines.stream().map(s -> new StaffData(s.getEmployer(), s.getFunction(), s.getCapacity())).toList());
        replaceCaseload(source.caseload.stream().map(c -> new CaseloadData(c.getGroup(), c.getCustomers(), c.getStaff())).toList());
        replaceSections(source.sections.stream().map(s -> new SectionData(s.getTitle(), s.getContent())).toList());
    }

    // --- workflow -------------------------------------------------------------------------------

    public void submit() {
        requireEditable();
        if (status == ProgrammeStatus.IN_ABSTIMMUNG) {
            throw new ConflictException("PROGRAMME_ALREADY_SUBMITTED", Text.of("planning.PROGRAMME_ALREADY_SUBMITTED"));
        }
        status = ProgrammeStatus.IN_ABSTIMMUNG;
    }

    public void returnToDraft() {
        if (status != ProgrammeStatus.IN_ABSTIMMUNG) {
            throw new ConflictException("PROGRAMME_NOT_SUBMITTED", Text.of("planning.PROGRAMME_NOT_SUBMITTED"));
        }
        status = predecessorId == null ? ProgrammeStatus.ENTWURF : ProgrammeStatus.FORTGESCHRIEBEN;
    }

    public void agree(LocalDate date, String board) {
        if (status != ProgrammeStatus.IN_ABSTIMMUNG) {
            throw new ConflictException("PROGRAMME_NOT_SUBMITTED",
                    Text.of("planning.PROGRAMME_NOT_SUBMITTED_TO_AGREE"));
        }
        status = ProgrammeStatus.VEREINBART;
        agreedOn = date;
        agreedBy = board;
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new ProgrammeLockedException();
        }
    }

    // --- content --------------------------------------------------------------------------------

    public void changeStandDate(LocalDate date) {
        requireEditable();
        standDate = date;
    }

    public void changeTargets(IntegrationTarget integration, LzbTarget lzb) {
        requireEditable();
        integration.check();
        this.integrationTarget = integration;
        this.lzbTarget = lzb;
        if (!targetPath.isEmpty() && integration.getIntegrations() != null
                && sum(targetPath.values()) != integration.getIntegrations()) {
            // in month order: once loaded, the map is EclipseLink's IndirectMap (a Hashtable, no key order)
            setTargetPath(TargetPath.distribute(integration.getIntegrations(), getTargetPath()));
        }
    }

    /**
     * @param months twelve monthly integration targets that add up to the planned integrations
     */
    public void changeTargetPath(List<Integer> months) {
        requireEditable();
        Integer annual = integrationTarget.getIntegrations();
        if (annual == null) {
            throw new ValidationException("TARGET_PATH_WITHOUT_TARGET", "months",
                    Text.of("planning.TARGET_PATH_WITHOUT_TARGET"));
        }
        if (months.size() != TargetPath.MONTHS) {
            throw new ValidationException("TARGET_PATH_INVALID", "months", Text.of("planning.TARGET_PATH_INVALID"));
        }
        int total = sum(months);
        if (total != annual) {
            throw new ValidationException("TARGET_PATH_SUM", "months", Text.of("planning.TARGET_PATH_SUM", total, annual));
        }
        setTargetPath(months);
    }

    private void setTargetPath(List<Integer> months) {
        targetPath.clear();
        for (int month = 1; month <= months.size(); month++) {
            targetPath.put(month, months.get(month - 1));
        }
    }

    public void changeBudget(BudgetFigures figures, List<TransferData> newTransfers, List<PlanLineData> newLines,
                             List<BigDecimal> profile) {
        requireEditable();
        this.budget = figures;
        replaceTransfers(newTransfers);
        replacePlanLines(newLines);
        spendingProfile.clear();
        if (profile != null) {
            for (int month = 1; month <= profile.size(); month++) {
                if (profile.get(month - 1) != null) {
                    spendingProfile.put(month, profile.get(month - 1));
                }
            }
        }
    }

    public void changeGoals(List<GoalData> newGoals) {
        requireEditable();
        replaceGoals(newGoals);
    }

    public void changeStaff(List<StaffData> lines, List<CaseloadData> newCaseload) {
        requireEditable();
        replaceStaff(lines);
        replaceCaseload(newCaseload);
    }

    public void changeSections(List<SectionData> newSections) {
        requireEditable();
        replaceSections(newSections);
    }

    private void replaceGoals(List<GoalData> data) {
        sync(goals, data, position -> new Goal(this, position), (goal, d) -> goal.update(d.kind(), d.title(),
                d.indicator(), d.comparator(), d.targetNumber(), d.targetUnit(), d.targetText(), d.status(), d.kpiCode()));
    }

    private void replacePlanLines(List<PlanLineData> data) {
        sync(planLines, data, position -> new PlanLine(this, position),
                (line, d) -> line.update(d.category(), d.amount(), d.plannedEntries(), d.demoValue(), d.note()));
    }

    private void replaceTransfers(List<TransferData> data) {
        sync(transfers, data, position -> new BudgetTransfer(this, position),
                (transfer, d) -> transfer.update(d.date(), d.amount(), d.note()));
    }

    private void replaceStaff(List<StaffData> data) {
        sync(staffLines, data, position -> new StaffLine(this, position),
                (line, d) -> line.update(d.employer(), d.function(), d.capacity()));
    }

    private void replaceCaseload(List<CaseloadData> data) {
        List<CaseloadData> byGroup = new ArrayList<>(data);
        caseload.removeIf(line -> byGroup.stream().noneMatch(d -> d.group() == line.getGroup()));
        for (CaseloadData d : byGroup) {
            CaseloadLine line = caseload.stream().filter(l -> l.getGroup() == d.group()).findFirst().orElseGet(() -> {
                CaseloadLine created = new CaseloadLine(this, d.group());
                caseload.add(created);
                return created;
            });
            line.update(d.customers(), d.staff());
        }
    }

    private void replaceSections(List<SectionData> data) {
        sync(sections, data, position -> new Section(this, position), (section, d) -> section.update(d.title(), d.content()));
    }

    /** Updates parts in place by position, adds what is new and removes the surplus, so the audit trail shows real changes. */
    private static <P, D> void sync(List<P> parts, List<D> data, IntFunction<P> create, BiConsumer<P, D> update) {
        while (parts.size() > data.size()) {
            parts.remove(parts.size() - 1);
        }
        for (int i = 0; i < data.size(); i++) {
            if (i == parts.size()) {
                parts.add(create.apply(i));
            }
            update.accept(parts.get(i), data.get(i));
        }
    }

    private static int sum(java.util.Collection<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sum();
    }

    // --- derived figures --------------------------------------------------------------------------

    /** @return the transfers EGL → VK added up */
    public BigDecimal transferTotal() {
        return transfers.stream().map(BudgetTransfer::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @return EGL of this year less the transfers into VK; {@code null} without EGL */
    public BigDecimal integrationAvailable() {
        BigDecimal egl = budget.getIntegrationCurrent();
        return egl == null ? null : egl.subtract(transferTotal());
    }

    /** @return VK of this year plus the transfers from EGL; {@code null} without VK */
    public BigDecimal administrationAvailable() {
        BigDecimal vk = budget.getAdministrationCurrent();
        return vk == null ? null : vk.add(transferTotal());
    }

    public BigDecimal plannedTotal() {
        return planLines.stream().map(PlanLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @return EGL available minus what the plan lines use; positive when not everything is planned yet */
    public BigDecimal unplannedRemainder() {
        BigDecimal available = integrationAvailable();
        return available == null ? null : available.subtract(plannedTotal());
    }

    /** @return the plan lines of these categories added up */
    public BigDecimal plannedFor(java.util.Set<InstrumentCategory> categories) {
        return planLines.stream().filter(line -> categories.contains(line.getCategory()))
                .map(PlanLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
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
    public Long getPredecessorId() { return predecessorId; }
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
        if (spendingProfile.isEmpty()) {
            return List.of();
        }
        List<BigDecimal> months = new ArrayList<>();
        for (int month = 1; month <= TargetPath.MONTHS; month++) {
            months.add(spendingProfile.getOrDefault(month, BigDecimal.ZERO));
        }
        return months;
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

    /** Input of a goal. */
    public record GoalData(GoalKind kind, String title, String indicator, Comparator comparator, BigDecimal targetNumber,
                           String targetUnit, String targetText, GoalStatus status, String kpiCode) {
    }

    /** Input of a plan line. */
    public record PlanLineData(InstrumentCategory category, BigDecimal amount, Integer plannedEntries, boolean demoValue,
                               String note) {
    }

    /** Input of a transfer EGL → VK. */
    public record TransferData(LocalDate date, BigDecimal amount, String note) {
    }

    /** Input of a staff line. */
    public record StaffData(Employer employer, StaffFunction function, BigDecimal capacity) {
    }

    /** Input of a caseload line. */
    public record CaseloadData(CustomerGroup group, int customers, BigDecimal staff) {
    }

    /** Input of a chapter. */
    public record SectionData(String title, String content) {
    }

    /** @return the business key for the audit trail */
    @Override
    public String auditName() {
        return "Programm " + year + ", Version " + versionNumber + " · " + getAgencyNumber().value();
    }
}
