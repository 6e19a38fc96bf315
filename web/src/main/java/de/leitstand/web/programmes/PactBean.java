package de.leitstand.web.programmes;

import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.ChartJson;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The pact page: members (timeline chart with a table alternative), partners, history and the pact
 * "as of" a date; the own Jobcenter's participation per year and its closure. The lead Jobcenter
 * maintains members, partners and history.
 */
@Named
@ViewScoped
public class PactBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeManagement programmes;

    @Inject
    Caller caller;

    @Inject
    de.leitstand.reporting.api.PaperApi papers;

    private Long id;
    private ProgrammeViews.PactView pact;
    private LocalDate asOfDate;
    private ProgrammeViews.AsOf asOf;
    private String memberAgency;
    private LocalDate memberDate;
    private Long partnerOrganisation;
    private String partnerRole;
    private LocalDate eventDate;
    private String eventType = "EINZELKONZEPTE";
    private String eventDescription;
    private final ParticipationForm form = new ParticipationForm();
    private Long coordinatorId;
    private String coordinatorRole;
    private LocalDate coordinatorSince;
    private LocalDate closedOn;
    private String closingRemark;
    private ProgrammeViews.ClosureSummary summary;

    public void load() {
        if (id == null) {
            throw new de.leitstand.kernel.api.NotFoundException("PACT_NOT_FOUND", Text.of("web.PACT_NOT_FOUND"));
        }
        pact = programmes.pact(id);
        if (asOfDate == null) {
            asOfDate = pact.phase().to();
        }
        asOf = programmes.pactAsOf(id, asOfDate);
        if (closedOn == null) {
            closedOn = pact.phase().to();
        }
        if (caller.agencyNumber().isPresent() && pact.members().stream()
                .anyMatch(m -> m.agencyNumber().equals(caller.agencyNumber().get().value()) && m.closed())) {
            summary = programmes.closureSummary(id, null);
        }
    }

    /** Drafts the Mitteilungsvorlage on this closure and opens it in the papers' editor. */
    public String createPaper() {
        de.leitstand.reporting.api.PaperViews.PaperView[] created = new de.leitstand.reporting.api.PaperViews.PaperView[1];
        if (UiErrors.attempt(() -> created[0] = papers.createFromClosure(null, id))) {
            UiTexts.flashInfo("notice.pact.entwurfAngelegtSachverhalt", created[0].title());
            return "/reporting/papers?faces-redirect=true&paper=" + created[0].id();
        }
        return null;
    }

    private void apply(Supplier<ProgrammeViews.PactView> change, String noticeKey, Object... params) {
        ProgrammeViews.PactView[] result = new ProgrammeViews.PactView[1];
        if (UiErrors.attempt(() -> result[0] = change.get())) {
            pact = result[0];
            asOf = programmes.pactAsOf(id, asOfDate);
            UiTexts.info(noticeKey, params);
        }
    }

    public void showAsOf() {
        UiErrors.attempt(() -> asOf = programmes.pactAsOf(id, asOfDate));
    }

    public void join() {
        apply(() -> programmes.join(id, new ProgrammeInputs.Membership(memberAgency, memberDate, pact.version())), "notice.pact.beitrittErfasst");
    }

    public void leave() {
        apply(() -> programmes.leave(id, new ProgrammeInputs.Membership(memberAgency, memberDate, pact.version())), "notice.pact.austrittErfasst");
    }

    public void addPartner() {
        apply(() -> programmes.addPartner(id, new ProgrammeInputs.Partner(partnerOrganisation == null ? 0 : partnerOrganisation,
                partnerRole, pact.version())), "notice.pact.partnerHinzugefuegt");
    }

    public void changeCoordinator() {
        apply(() -> programmes.changeCoordinator(id, new ProgrammeInputs.Coordinator(coordinatorId, coordinatorRole, coordinatorSince,
                pact.version())), "notice.pact.koordinationGeaendert");
    }

    public void recordEvent() {
        apply(() -> programmes.recordEvent(id, new ProgrammeInputs.Event(eventDate, eventType, eventDescription, pact.version())),
                "notice.pact.ereignisErfasst");
    }

    /** Fills the participation form with the own row of the chosen year, if there is one. */
    public void selectYear() {
        String own = caller.agencyNumber().map(a -> a.value()).orElse(null);
        form.fillFrom(pact.participation().stream()
                .filter(p -> p.agencyNumber().equals(own) && form.getYear() != null && p.year() == form.getYear())
                .findFirst().orElse(null));
    }

    public void recordParticipation() {
        apply(() -> programmes.recordParticipation(id, form.toInput()), "notice.pact.zahlenGespeichert", String.valueOf(form.getYear()));
        selectYear();
    }

    public void close() {
        ProgrammeViews.ClosureSummary[] result = new ProgrammeViews.ClosureSummary[1];
        if (UiErrors.attempt(() -> result[0] = programmes.close(id, new ProgrammeInputs.Closing(closedOn, closingRemark)))) {
            summary = result[0];
            pact = programmes.pact(id);
            UiTexts.info("notice.pact.programmteilnahmeAbgeschlossen");
        }
    }

    /** @return the membership timeline as a Chart.js configuration (floating horizontal bars, years on the axis) */
    public String getTimelineChart() {
        List<double[]> periods = pact.members().stream().map(member -> new double[]{yearFraction(member.joinedOn()),
                yearFraction(member.leftOn() != null ? member.leftOn() : pact.phase().to().plusDays(1))}).toList();
        return ChartJson.bar().horizontal().withoutLegend()
                .labels(pact.members().stream().map(ProgrammeViews.MemberView::name).toList())
                .axis("x", ChartJson.text("programmes.chart.years"), ChartJson.Format.YEAR)
                .bounds("x", pact.phase().from().getYear(), pact.phase().to().getYear() + 1)
                .ranges(ChartJson.text("programmes.chart.membership"), periods, "x")
                .build();
    }

    private static double yearFraction(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }

    public boolean isMayMaintain() {
        return pact.mayMaintain() && caller.hasAnyRole(Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN);
    }

    /** @return whether the caller records figures: a member with the role, not yet closed */
    public boolean isMayRecord() {
        String own = caller.agencyNumber().map(a -> a.value()).orElse(null);
        return caller.hasAnyRole(Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG)
                && pact.members().stream().anyMatch(m -> m.agencyNumber().equals(own) && !m.closed());
    }

    public List<ProgrammeViews.OrganisationView> getOrganisations() {
        return programmes.organisations();
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public ProgrammeViews.PactView getPact() { return pact; }
    public LocalDate getAsOfDate() { return asOfDate; }
    public void setAsOfDate(LocalDate v) { asOfDate = v; }
    public ProgrammeViews.AsOf getAsOf() { return asOf; }
    public String getMemberAgency() { return memberAgency; }
    public void setMemberAgency(String v) { memberAgency = v; }
    public LocalDate getMemberDate() { return memberDate; }
    public void setMemberDate(LocalDate v) { memberDate = v; }
    public Long getPartnerOrganisation() { return partnerOrganisation; }
    public void setPartnerOrganisation(Long v) { partnerOrganisation = v; }
    public String getPartnerRole() { return partnerRole; }
    public void setPartnerRole(String v) { partnerRole = v; }
    public LocalDate getEventDate() { return eventDate; }
    public void setEventDate(LocalDate v) { eventDate = v; }
    public String getEventType() { return eventType; }
    public void setEventType(String v) { eventType = v; }
    public String getEventDescription() { return eventDescription; }
    public void setEventDescription(String v) { eventDescription = v; }
    public ParticipationForm getForm() { return form; }
    public Long getCoordinatorId() { return coordinatorId; }
    public void setCoordinatorId(Long v) { coordinatorId = v; }
    public String getCoordinatorRole() { return coordinatorRole; }
    public void setCoordinatorRole(String v) { coordinatorRole = v; }
    public LocalDate getCoordinatorSince() { return coordinatorSince; }
    public void setCoordinatorSince(LocalDate v) { coordinatorSince = v; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate v) { closedOn = v; }
    public String getClosingRemark() { return closingRemark; }
    public void setClosingRemark(String v) { closingRemark = v; }
    public ProgrammeViews.ClosureSummary getSummary() { return summary; }

    /** The own Jobcenter's figures of one year. */
    public static class ParticipationForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer year;
        private BigDecimal budgetGranted;
        private BigDecimal budgetSpent;
        private Integer activationsPlanned;
        private Integer activationsActual;
        private Integer integrationsPlanned;
        private Integer integrationsActual;
        private Integer integrationsInsured;
        private Integer integrationsPermanent;
        private Integer integrationsSelfEmployed;
        private Integer marginalEmployment;
        private Integer participantStock;
        private long version;

        void fillFrom(ProgrammeViews.ParticipationView row) {
            budgetGranted = row == null ? null : row.budgetGranted();
            budgetSpent = row == null ? null : row.budgetSpent();
            activationsPlanned = row == null ? null : row.activationsPlanned();
            activationsActual = row == null ? null : row.activationsActual();
            integrationsPlanned = row == null ? null : row.integrationsPlanned();
            integrationsActual = row == null ? null : row.integrationsActual();
            integrationsInsured = row == null ? null : row.integrationsInsured();
            integrationsPermanent = row == null ? null : row.integrationsPermanent();
            integrationsSelfEmployed = row == null ? null : row.integrationsSelfEmployed();
            marginalEmployment = row == null ? null : row.marginalEmployment();
            participantStock = row == null ? null : row.participantStock();
            version = row == null ? 0 : row.version();
        }

        ProgrammeInputs.Participation toInput() {
            return new ProgrammeInputs.Participation(year == null ? 0 : year, budgetGranted, budgetSpent, activationsPlanned,
                    activationsActual, integrationsPlanned, integrationsActual, integrationsInsured, integrationsPermanent,
                    integrationsSelfEmployed, marginalEmployment, participantStock, version);
        }

        public Integer getYear() { return year; }
        public void setYear(Integer v) { year = v; }
        public BigDecimal getBudgetGranted() { return budgetGranted; }
        public void setBudgetGranted(BigDecimal v) { budgetGranted = v; }
        public BigDecimal getBudgetSpent() { return budgetSpent; }
        public void setBudgetSpent(BigDecimal v) { budgetSpent = v; }
        public Integer getActivationsPlanned() { return activationsPlanned; }
        public void setActivationsPlanned(Integer v) { activationsPlanned = v; }
        public Integer getActivationsActual() { return activationsActual; }
        public void setActivationsActual(Integer v) { activationsActual = v; }
        public Integer getIntegrationsPlanned() { return integrationsPlanned; }
        public void setIntegrationsPlanned(Integer v) { integrationsPlanned = v; }
        public Integer getIntegrationsActual() { return integrationsActual; }
        public void setIntegrationsActual(Integer v) { integrationsActual = v; }
        public Integer getIntegrationsInsured() { return integrationsInsured; }
        public void setIntegrationsInsured(Integer v) { integrationsInsured = v; }
        public Integer getIntegrationsPermanent() { return integrationsPermanent; }
        public void setIntegrationsPermanent(Integer v) { integrationsPermanent = v; }
        public Integer getIntegrationsSelfEmployed() { return integrationsSelfEmployed; }
        public void setIntegrationsSelfEmployed(Integer v) { integrationsSelfEmployed = v; }
        public Integer getMarginalEmployment() { return marginalEmployment; }
        public void setMarginalEmployment(Integer v) { marginalEmployment = v; }
        public Integer getParticipantStock() { return participantStock; }
        public void setParticipantStock(Integer v) { participantStock = v; }
    }
}
