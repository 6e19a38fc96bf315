package de.leitstand.web.programmes;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.programmes.api.ProgrammeAccess;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.ChartJson;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The pact page: members (timeline chart with a table alternative), partners, history and the pact
 * "as of" a date. This bean holds the pact and what the page shows; each form has its own small bean:
 * {@link PactMaintenanceForm} (the lead Jobcenter maintains members, partners, coordination and history),
 * {@link PactParticipationForm} (the own Jobcenter's figures per year) and {@link PactClosingForm} (its closure).
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
    ProgrammeAccess access;

    private Long id;
    private ProgrammeViews.PactView pact;
    private LocalDate asOfDate;
    private ProgrammeViews.AsOf asOf;
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
        if (caller.agencyNumber().isPresent() && pact.members().stream()
                .anyMatch(m -> m.agencyNumber().equals(caller.agencyNumber().get().value()) && m.closed())) {
            summary = programmes.closureSummary(id, null);
        }
    }

    /** Runs a change of the pact from one of the forms and shows its result (and the notice) on the page. */
    void apply(Supplier<ProgrammeViews.PactView> change, String noticeKey, Object... params) {
        ProgrammeViews.PactView[] result = new ProgrammeViews.PactView[1];
        if (UiErrors.attempt(() -> result[0] = change.get())) {
            pact = result[0];
            asOf = programmes.pactAsOf(id, asOfDate);
            UiTexts.info(noticeKey, params);
        }
    }

    /** Shows the closure the closing form recorded (and the pact with the own membership closed). */
    void closed(ProgrammeViews.ClosureSummary closure) {
        summary = closure;
        pact = programmes.pact(id);
    }

    /** @return the caller's own Jobcenter (Dienststellennummer), null for national users */
    String ownAgency() {
        return caller.agencyNumber().map(a -> a.value()).orElse(null);
    }

    public void showAsOf() {
        UiErrors.attempt(() -> asOf = programmes.pactAsOf(id, asOfDate));
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
        return pact.mayMaintain() && access.rights().maintainPacts();
    }

    /** @return whether the caller records figures: a member with the role, not yet closed */
    public boolean isMayRecord() {
        String own = ownAgency();
        return access.rights().recordParticipation()
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
    public ProgrammeViews.ClosureSummary getSummary() { return summary; }
}
