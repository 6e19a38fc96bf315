package de.leitstand.web.controlling;

import de.leitstand.controlling.api.StructureApi;
import de.leitstand.controlling.api.StructureViews;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.ChartJson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The Jobcenter's structure figures: the programme document's tables and annual averages; import and entry in {@link StructureInputForm}. */
@Named
@ViewScoped
public class StructureBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    de.leitstand.web.shell.JobcenterChoice jobcenter;

    @Inject
    StructureApi structure;

    private String period;
    private String employmentMonth;
    private String unemploymentMonth;
    private List<String> periods;
    private List<String> employmentMonths = List.of();
    private List<String> unemploymentMonths = List.of();
    private StructureViews.Table prognosis;
    private StructureViews.Table employment;
    private StructureViews.Table unemployment;
    private List<StructureViews.AnnualAverage> averages = List.of();

    public void load() {
        if (!jobcenter.isReady()) {
            return;
        }
        UiErrors.attempt(() -> {
            choices();
            prognosis = structure.prognosis(jobcenter.agency(), period);
            employment = structure.employment(jobcenter.agency(), month(employmentMonth));
            unemployment = structure.unemployment(jobcenter.agency(), month(unemploymentMonth));
            int last = Integer.parseInt(period.substring(0, 4));
            averages = structure.annualAverages(jobcenter.agency(), last - 10, last);
        });
    }

    /**
     * The periods the pickers offer: those with figures, newest first. Without a period in the address the page opens on
     * the newest one (else on last year, April and September, the months of the programme document's tables).
     */
    private void choices() {
        if (periods == null) {
            periods = structure.periods(jobcenter.agency(), "ELB_IP");
            employmentMonths = structure.periods(jobcenter.agency(), "EWT").stream().filter(p -> p.length() == 7).toList();
            unemploymentMonths = structure.periods(jobcenter.agency(), "ALO").stream().filter(p -> p.length() == 7).toList();
        }
        YearMonth lastYear = YearMonth.now().minusYears(1);
        period = opening(period, periods, String.valueOf(lastYear.getYear()));
        employmentMonth = opening(employmentMonth, employmentMonths, lastYear.withMonth(4).toString());
        unemploymentMonth = opening(unemploymentMonth, unemploymentMonths, lastYear.withMonth(9).toString());
    }

    private static String opening(String requested, List<String> offered, String otherwise) {
        if (requested != null && !requested.isBlank()) {
            return requested;
        }
        return offered.isEmpty() ? otherwise : offered.get(0);
    }

    /** @param chosen the period shown now: always among the options, also when it has no figures */
    private static List<String> withChosen(List<String> offered, String chosen) {
        if (chosen == null || offered.contains(chosen)) {
            return offered;
        }
        List<String> all = new java.util.ArrayList<>(offered);
        all.add(chosen);
        all.sort(java.util.Comparator.reverseOrder());
        return all;
    }

    public List<String> getPeriods() { return withChosen(periods == null ? List.of() : periods, period); }
    public List<String> getEmploymentMonths() { return withChosen(employmentMonths, employmentMonth); }
    public List<String> getUnemploymentMonths() { return withChosen(unemploymentMonths, unemploymentMonth); }

    /** Shows the chosen periods with them in the address ({@code ?zeitraum=2019&erwerbstaetige=2019-04&arbeitslose=2019-09}). */
    public String show() {
        return de.leitstand.web.shell.SameView.withParameters();
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ValidationException("MONTH_INVALID", "month", Text.of("kernel.NOT_A_MONTH", text));
        }
    }

    /** Reloads the page with the periods to choose read anew (a file or an entry may bring new ones). */
    void reload() {
        periods = null;
        load();
    }

    /** ELB and Bedarfsgemeinschaften as annual averages over the years (years as category labels, counts on one axis). */
    public String getAveragesChart() {
        return ChartJson.line()
                .labels(averages.stream().map(a -> String.valueOf(a.year())).toList())
                .axis("y", ChartJson.text("structure.chart.axis"), ChartJson.Format.NUMBER)
                .series(null, ChartJson.text("structure.chart.elb"), averages.stream().map(StructureViews.AnnualAverage::elb).toList(), "y")
                .series(null, ChartJson.text("structure.chart.bg"), averages.stream().map(StructureViews.AnnualAverage::bg).toList(), "y")
                .build();
    }

    /** The Datenstand line under a table: "10/2019 – Arbeitsmarkt- und Integrationsprogramm 2020, Stand 14.11.2019" (no list brackets). */
    public String basis(StructureViews.Table table) {
        if (table == null) {
            return "";
        }
        String vintages = table.vintages().stream().map(v -> String.format("%02d/%d", v.getMonthValue(), v.getYear()))
                .collect(java.util.stream.Collectors.joining(", "));
        String sources = String.join(", ", table.sources());
        return (vintages.isEmpty() ? "–" : vintages) + (sources.isEmpty() ? "" : " – " + sources);
    }

    public boolean isAnyAverage() {
        return averages.stream().anyMatch(a -> a.elb() != null || a.bg() != null);
    }

    public StructureViews.Table getPrognosis() { return prognosis; }
    public StructureViews.Table getEmployment() { return employment; }
    public StructureViews.Table getUnemployment() { return unemployment; }
    public List<StructureViews.AnnualAverage> getAverages() { return averages; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public String getEmploymentMonth() { return employmentMonth; }
    public void setEmploymentMonth(String v) { employmentMonth = v; }
    public String getUnemploymentMonth() { return unemploymentMonth; }
    public void setUnemploymentMonth(String v) { unemploymentMonth = v; }
}
