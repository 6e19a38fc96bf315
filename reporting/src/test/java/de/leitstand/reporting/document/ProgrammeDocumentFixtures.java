package de.leitstand.reporting.document;

import de.leitstand.controlling.api.StructureViews;
import de.leitstand.controlling.domain.StructureFigure;
import de.leitstand.controlling.domain.StructureTables;
import de.leitstand.planning.api.ProgrammeSummary;
import de.leitstand.planning.api.ProgrammeView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inputs of seed 002 as the views planning and controlling hand to reporting. */
public final class ProgrammeDocumentFixtures {

    private ProgrammeDocumentFixtures() {
    }

    public static ProgrammeView seedProgramme() {
        ProgrammeSummary summary = new ProgrammeSummary(1, "03504", "Elbe-Elster", 2020, 1, "IN_ABSTIMMUNG", "In Abstimmung",
                LocalDate.of(2019, 11, 14), null, null, null, true, true, 0);
        ProgrammeView.Targets targets = new ProgrammeView.Targets(1141, new BigDecimal("23.4"), null, null, new BigDecimal("21.5"), new BigDecimal("25.0"), null, null,
                new BigDecimal("-1.7"), new BigDecimal("-10.8"), "ANNUAL_AVERAGE", "Jahresdurchschnitt", null, null, null);
        List<ProgrammeView.BudgetRow> rows = List.of(
                new ProgrammeView.BudgetRow("Verwaltungskosten (VK)", bd(9069867), bd(8581009), bd(-488858), new BigDecimal("-5.4")),
                new ProgrammeView.BudgetRow("Eingliederungsleistungen (EGL)", bd(7129465), bd(7053067), bd(-76398), new BigDecimal("-1.1")),
                new ProgrammeView.BudgetRow("Gesamtbudget", bd(16199332), bd(15634076), bd(-565256), new BigDecimal("-3.5")));
        List<ProgrammeView.PlanLineView> lines = List.of(
                new ProgrammeView.PlanLineView(1L, "VOCATIONAL_TRAINING", "Förderung der beruflichen Weiterbildung", "§§ 81 ff. SGB III",
                        bd(1800000), 300, bd(6000), new BigDecimal("25.5"), true, null),
                new ProgrammeView.PlanLineView(2L, "WAGE_SUBSIDY_EGZ", "Eingliederungszuschüsse", "§§ 88–92 SGB III",
                        bd(1000000), 200, bd(5000), new BigDecimal("14.2"), true, null));
        ProgrammeView.Budget budget = new ProgrammeView.Budget("ESTIMATE", "Schätzwerte", LocalDate.of(2019, 11, 1), "Zuteilung 2019",
                "Schätzwerte 2020", rows, new BigDecimal("84.8"), bd(10119114), bd(1538105), new BigDecimal("15.2"), List.of(), bd(0),
                bd(8581009), bd(7053067), lines, bd(2800000), bd(4253067), List.of(), List.of(), bd(0), null);
        ProgrammeView.Staff staff = new ProgrammeView.Staff(List.of(), bd(148), bd(80), bd(68), "ca. 54:46", List.of(), List.of());
        List<ProgrammeView.SectionView> sections = List.of(
                new ProgrammeView.SectionView(1L, 1, "Vorwort", "<p>Sehr geehrte Bürgerinnen und Bürger,<br>seit Januar 2005 …</p>"),
                new ProgrammeView.SectionView(2L, 2, "Schlussbemerkungen", "<h3>5.1 Ein Unterkapitel</h3><p>Die Mitarbeiterinnen &amp; Mitarbeiter …</p><h4>Ein Absatz</h4><p>mehr</p>"));
        List<ProgrammeView.GoalView> goals = List.of(new ProgrammeView.GoalView(1L, "MUNICIPAL", "kommunal", "Fehlerquote KdU",
                "durchschnittliche Fehlerquote Ist im JDW", "LT", new BigDecimal("5"), "%", null, "< 5 %", "AGREED", "vereinbart", "FQ_KDU"));
        return new ProgrammeView(summary, targets, goals, List.of(), budget, staff, sections);
    }

    public static ProgrammeDocument.Structure seedStructure() {
        int[][] cells = {{33, 122, 18}, {260, 2304, 1259}, {26, 368, 88}, {363, 359, 119}, {50, 94, 22}};
        Map<String, BigDecimal> prognosis = new HashMap<>();
        for (int c = 0; c < 5; c++) {
            for (int a = 0; a < 3; a++) {
                prognosis.put(StructureFigure.ELB_IP.categories().get(c) + "|" + StructureFigure.AGE_GROUPS.get(a), bd(cells[c][a]));
            }
        }
        int[] now = {5593, 1619, 813, 287, 221, 241, 65};
        int[] before = {6180, 1816, 940, 302, 240, 259, 85};
        Map<String, BigDecimal> current = new HashMap<>();
        Map<String, BigDecimal> previous = new HashMap<>();
        for (int i = 0; i < now.length; i++) {
            current.put(StructureFigure.EWT.categories().get(i), bd(now[i]));
            previous.put(StructureFigure.EWT.categories().get(i), bd(before[i]));
        }
        List<StructureViews.AnnualAverage> averages = List.of(new StructureViews.AnnualAverage(2018, bd(5978), bd(4790)),
                new StructureViews.AnnualAverage(2019, bd(5485), bd(4470)));
        return new ProgrammeDocument.Structure(averages, table("EWT", "2019-04", StructureTables.employment(current, previous)),
                null, table("ELB_IP", "2019", StructureTables.prognosis(prognosis)));
    }

    private static StructureViews.Table table(String figure, String period, List<StructureTables.Row> rows) {
        return new StructureViews.Table("03504", figure, figure, period, null, rows.stream().map(r -> new StructureViews.Row(r.code(), r.label(),
                r.value(), r.share(), r.changeAbsolute(), r.changePercent(), new LinkedHashMap<>(r.byAge()))).toList(), true,
                List.of(YearMonth.of(2019, 10)), List.of("Programm 2020 (Seed 002)"));
    }

    private static BigDecimal bd(long value) {
        return BigDecimal.valueOf(value);
    }
}
