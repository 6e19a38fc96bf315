package de.leitstand.reporting.document;

import de.leitstand.controlling.api.StructureViews;
import de.leitstand.planning.api.DocumentPlaceholders;
import de.leitstand.planning.api.ProgrammeView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values of the figure placeholders of {@link DocumentPlaceholders} for one programme: computed from the
 * programme (targets, budget, staff) and the structure figures, in German format, without unit (the text
 * says "Prozent"). A figure without data reads "–".
 */
final class DocumentFigures {

    private static final String MISSING = "–";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final GermanFormat fmt = new GermanFormat();
    private final ProgrammeView programme;
    private final ProgrammeDocument.Structure structure;

    private DocumentFigures(ProgrammeView programme, ProgrammeDocument.Structure structure) {
        this.programme = programme;
        this.structure = structure;
    }

    /** name → value for every figure placeholder (the figures and tables that a text places are not values). */
    static Map<String, String> values(ProgrammeView programme, ProgrammeDocument.Structure structure) {
        return new DocumentFigures(programme, structure).compute();
    }

    private Map<String, String> compute() {
        Map<String, String> v = new LinkedHashMap<>();
        int year = programme.summary().year();
        v.put("jahr", String.valueOf(year));
        v.put("jahr.vorjahr", String.valueOf(year - 1));
        BigDecimal elb = average(year - 1, StructureViews.AnnualAverage::elb);
        BigDecimal bg = average(year - 1, StructureViews.AnnualAverage::bg);
        v.put("elb.jahresdurchschnitt", fmt.integer(elb));
        v.put("elb.jahresdurchschnitt.abgerundet", fmt.integer(hundreds(elb, RoundingMode.FLOOR)));
        v.put("bg.jahresdurchschnitt", fmt.integer(bg));
        v.put("bg.jahresdurchschnitt.aufgerundet", fmt.integer(hundreds(bg, RoundingMode.CEILING)));
        v.put("veraenderung.elb.vorjahr", fmt.decimal1(changePercent(elb, average(year - 2, StructureViews.AnnualAverage::elb))));

        StructureViews.Table alo = structure.unemployment();
        StructureViews.Table aloBefore = structure.unemploymentPreviousYear();
        v.put("arbeitslose.monat", alo == null ? MISSING : ProgrammeDocument.monthLabel(alo.period()));
        v.put("arbeitslose.anzahl", fmt.integer(value(alo, "GESAMT")));
        v.put("arbeitslose.anteil.maenner", fmt.decimal1(share(alo, "MAENNER")));
        v.put("arbeitslose.anteil.frauen", fmt.decimal1(share(alo, "FRAUEN")));
        v.put("arbeitslose.u25", fmt.integer(value(alo, "U25")));
        v.put("arbeitslose.veraenderung.vorjahr.betrag", fmt.decimal1(abs(changePercent(value(alo, "GESAMT"), value(aloBefore, "GESAMT")))));
        v.put("alq.veraenderung.vorjahr.betrag", fmt.decimal1(abs(difference(value(alo, "ALQ_GESAMT"), value(aloBefore, "ALQ_GESAMT")))));
        v.put("alq.u25.veraenderung.vorjahr.betrag", fmt.decimal1(abs(difference(value(alo, "ALQ_U25"), value(aloBefore, "ALQ_U25")))));

        StructureViews.Table ewt = structure.employment();
        v.put("erwerbstaetige.monat", ewt == null ? MISSING : ProgrammeDocument.monthLabel(ewt.period()));
        v.put("erwerbstaetige.anzahl", fmt.integer(value(ewt, "ERWERBSTAETIG")));
        v.put("erwerbstaetige.veraenderung.vorjahr.betrag", fmt.decimal1(abs(row(ewt, "ERWERBSTAETIG").map(StructureViews.Row::changePercent).orElse(null))));

        StructureViews.Table ip = structure.prognosis();
        BigDecimal distant = share(ip, "NICHT_MARKTNAH");
        v.put("integrationsprognose.zeitraum", ip == null ? MISSING : ProgrammeDocument.periodLabel(ip.period()));
        v.put("integrationsprognose.nicht_marktnah.anteil", fmt.decimal1(distant));
        v.put("integrationsprognose.nicht_marktnah.anteil.aufgerundet", fmt.integer(distant == null ? null : distant.setScale(0, RoundingMode.CEILING)));

        ProgrammeView.Targets targets = programme.targets();
        v.put("ziel.integrationen", fmt.integer(targets == null ? null : targets.integrations()));
        v.put("ziel.integrationsquote", fmt.decimal1(targets == null ? null : targets.integrationRate()));
        v.put("ziel.integrationsquote.veraenderung", fmt.decimal1(targets == null ? null : targets.rateChangePercent()));
        v.put("ziel.lzb.veraenderung.betrag", fmt.decimal1(abs(targets == null ? null : targets.lzbChangePercent())));

        ProgrammeView.Staff staff = programme.staff();
        v.put("personal.kapazitaeten", fmt.integer(staff == null ? null : staff.total()));
        v.put("personal.verhaeltnis", staff == null || staff.ratioLabel() == null ? MISSING : staff.ratioLabel().replaceFirst("^ca\\.\\s*", ""));

        ProgrammeView.Budget budget = programme.budget();
        v.put("budget.vk.mio", fmt.decimal1(millions(budget, 0)));
        v.put("budget.egl.mio", fmt.decimal1(millions(budget, 1)));
        v.put("budget.kfa.anteil", fmt.decimal1(budget == null ? null : budget.municipalSharePercent()));
        v.put("anteil.budget.arbeitsmarktorientiert", fmt.decimal1(aggregateShare(budget, "FbW")));
        v.put("anteil.budget.zweiter_arbeitsmarkt", fmt.integer(aggregateShare(budget, "2. Arbeitsmarkt")));
        return v;
    }

    private BigDecimal average(int year, Function<StructureViews.AnnualAverage, BigDecimal> figure) {
        return structure.averages() == null ? null : structure.averages().stream().filter(a -> a.year() == year)
                .map(figure).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static Optional<StructureViews.Row> row(StructureViews.Table table, String code) {
        return table == null ? Optional.empty() : table.rows().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    private static BigDecimal value(StructureViews.Table table, String code) {
        return row(table, code).map(StructureViews.Row::value).orElse(null);
    }

    private static BigDecimal share(StructureViews.Table table, String code) {
        return row(table, code).map(StructureViews.Row::share).orElse(null);
    }

    private static BigDecimal hundreds(BigDecimal value, RoundingMode mode) {
        return value == null ? null : value.divide(HUNDRED, 0, mode).multiply(HUNDRED);
    }

    private static BigDecimal changePercent(BigDecimal now, BigDecimal before) {
        if (now == null || before == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal difference(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before);
    }

    private static BigDecimal abs(BigDecimal value) {
        return value == null ? null : value.abs();
    }

    private static BigDecimal millions(ProgrammeView.Budget budget, int row) {
        if (budget == null || budget.rows().size() <= row || budget.rows().get(row).current() == null) {
            return null;
        }
        return budget.rows().get(row).current().divide(MILLION, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal aggregateShare(ProgrammeView.Budget budget, String prefix) {
        return budget == null || budget.aggregates() == null ? null : budget.aggregates().stream()
                .filter(a -> a.name().startsWith(prefix)).map(ProgrammeView.Aggregate::sharePercent).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }
}
