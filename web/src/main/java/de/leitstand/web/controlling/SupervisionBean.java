package de.leitstand.web.controlling;

import de.leitstand.controlling.api.SupervisionApi;
import de.leitstand.controlling.api.SupervisionViews;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.web.shell.ChartJson;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The Fachaufsicht workbench, one tab at a time ({@code ?tab=overview|cases|findings|plan}, kept in the address):
 * error rates against thresholds, the month's audit cases, findings with their actions, the audit plan with its
 * Prüffelder. This bean holds the month, the tab and what the tab shows; each form has its own small bean
 * ({@link SupervisionCaseForm}, {@link SupervisionFindingForm}, {@link SupervisionPlanForm}) that reloads it.
 */
@Named
@ViewScoped
public class SupervisionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The tabs of the page, in their order. */
    public enum Tab { overview, cases, findings, plan }

    @Inject
    de.leitstand.web.shell.JobcenterChoice jobcenter;

    @Inject
    de.leitstand.web.shell.MonthChoice months;

    @Inject
    SupervisionApi supervision;

    @Inject
    de.leitstand.controlling.api.SupervisionAccess access;

    private String month;
    private String latest;
    private Tab tab = Tab.overview;
    private YearMonth shown;
    private SupervisionViews.Overview overview;
    private List<SupervisionViews.AreaView> areas = List.of();
    private List<SupervisionViews.PlanLineView> plan = List.of();
    private List<SupervisionViews.CaseView> cases = List.of();
    private List<SupervisionViews.FindingView> findings = List.of();

    /** Loads what the open tab shows (the overview's alerts also on the other tabs: they say what needs attention). */
    public void load() {
        if (!jobcenter.isReady()) {
            return;
        }
        if (latest == null) {
            latest = months.latest(jobcenter.agency());
        }
        month = de.leitstand.web.shell.MonthChoice.opening(month, latest);
        UiErrors.attempt(() -> {
            YearMonth parsed = parse();
            String agency = jobcenter.agency();
            overview = supervision.overview(agency, parsed);
            areas = tab == Tab.overview ? List.of() : supervision.areas(agency);
            plan = tab == Tab.plan ? supervision.plan(agency, parsed.getYear()) : List.of();
            cases = tab == Tab.cases ? supervision.cases(agency, parsed) : List.of();
            findings = tab == Tab.findings ? supervision.findings(agency) : List.of();
            shown = parsed;
        });
    }

    /** @return the Jobcenter the forms write for: the own one, or the one a national user has chosen */
    String agency() {
        return jobcenter.agency();
    }

    private YearMonth parse() {
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ValidationException("MONTH_INVALID", "month", Text.of("kernel.NOT_A_MONTH", month));
        }
    }

    /** @return the year of the shown month: the audit plan's year */
    int shownYear() {
        return (shown == null ? parse() : shown).getYear();
    }

    /** The monthly error rates of every Prüffeld as a line chart in percent (gaps where nothing was audited). */
    public String getRatesChart() {
        ChartJson chart = ChartJson.line().axis("y", ChartJson.text("supervision.chart.axis"), ChartJson.Format.PERCENT);
        if (overview != null && !overview.areas().isEmpty()) {
            java.util.Locale locale = ChartJson.locale();
            chart.labels(overview.areas().get(0).months().stream().map(m -> ChartJson.monthLabel(m.month(), locale)).toList());
            for (SupervisionViews.AreaRates area : overview.areas()) {
                chart.series(null, area.code() + " – " + area.name(), area.months().stream().map(SupervisionViews.MonthRate::rate).toList(), "y");
            }
        }
        return chart.build();
    }

    /** Actions that may get a follow-up check (not closed). */
    public List<SupervisionViews.ActionView> getOpenActions() {
        return findings.stream().flatMap(f -> f.actions().stream()).filter(a -> !"ABGESCHLOSSEN".equals(a.status())).toList();
    }

    public List<SupervisionViews.AreaView> getActiveAreas() {
        return areas.stream().filter(SupervisionViews.AreaView::active).toList();
    }

    public SupervisionViews.Overview getOverview() {
        if (overview == null && shown == null) {
            load();
        }
        return overview;
    }

    /** Shows the chosen month with the month (and the tab) in the address ({@code ?month=2020-06&tab=cases}). */
    public String show() {
        return de.leitstand.web.shell.SameView.withParameters();
    }

    /** @return whether the caller audits (records cases, findings, the plan), as the service says */
    public boolean isMayAudit() { return access.rights().audit(); }

    public List<Tab> getTabs() { return List.of(Tab.values()); }
    public String getTab() { return tab.name(); }

    /** @param value the tab in the address (an unknown one is refused by {@link SupervisionTabValidator}); none: the overview */
    public void setTab(String value) {
        tab = value == null || value.isEmpty() ? Tab.overview : Tab.valueOf(value);
    }

    public int getYear() { return shown == null ? YearMonth.now().getYear() : shown.getYear(); }
    public List<SupervisionViews.AreaView> getAreas() { return areas; }
    public List<SupervisionViews.PlanLineView> getPlan() { return plan; }
    public List<SupervisionViews.CaseView> getCases() { return cases; }
    public List<SupervisionViews.FindingView> getFindings() { return findings; }
    /** @return the latest month with figures (JJJJ-MM), empty when there are none */
    public String getLatest() { return latest; }
    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
}
