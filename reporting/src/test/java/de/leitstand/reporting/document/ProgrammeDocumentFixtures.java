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
                bd(8581009), bd(7053067), lines, bd(2800000), bd(4253067), List.of(
                        new ProgrammeView.Aggregate("FbW, EGZ und § 45 SGB III", bd(3900000), new BigDecimal("55.3")),
                        new ProgrammeView.Aggregate("2. Arbeitsmarkt (§§ 16d, 16e, 16i SGB II)", bd(564245), new BigDecimal("8.0"))),
                List.of(), bd(0), null);
        ProgrammeView.Staff staff = new ProgrammeView.Staff(List.of(), bd(148), bd(80), bd(68), "54:46", List.of(), List.of());
        List<ProgrammeView.SectionView> sections = List.of(
                new ProgrammeView.SectionView(1L, 1, "Vorwort", "<p>Sehr geehrte Bürgerinnen und Bürger,<br>seit Januar 2005 …</p>"),
                demoText(11L, 2, "k1"), demoText(12L, 3, "k2"), demoText(13L, 4, "k3"), demoText(14L, 5, "k4"),
                new ProgrammeView.SectionView(2L, 6, "Schlussbemerkungen", "<h3>5.1 Ein Unterkapitel</h3><p>Die Mitarbeiterinnen &amp; Mitarbeiter …</p><h4>Ein Absatz</h4><p>mehr</p>"
                        + "<p>Herzberg, 09.12.2019</p><p>Anja Miersch Geschäftsführerin</p>"));
        List<ProgrammeView.GoalView> goals = List.of(new ProgrammeView.GoalView(1L, "MUNICIPAL", "kommunal", "Fehlerquote KdU",
                "durchschnittliche Fehlerquote Ist im JDW", "LT", new BigDecimal("5"), "%", null, "< 5 %", "AGREED", "vereinbart", "FQ_KDU"));
        return new ProgrammeView(summary, targets, goals, List.of(), budget, staff, sections);
    }

    /** A text of chapters 1–4 as the demo data of planning holds it (title in the first comment). */
    static ProgrammeView.SectionView demoText(long id, int position, String part) {
        try (java.io.InputStream in = ProgrammeDocumentFixtures.class.getResourceAsStream("/de/leitstand/planning/demo/elbe-elster-2020-" + part + ".html")) {
            String html = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int end = html.indexOf("-->");
            return new ProgrammeView.SectionView(id, position, html.substring(4, end).trim(), html.substring(end + 3).trim());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same programme whose closing chapter carries no signature. */
    public static ProgrammeView unsignedProgramme() {
        ProgrammeView p = seedProgramme();
        return new ProgrammeView(p.summary(), p.targets(), p.goals(), p.targetPath(), p.budget(), p.staff(),
                List.of(new ProgrammeView.SectionView(3L, 1, "Schlussbemerkungen", "<p>Ohne Unterschrift.</p>")));
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
                unemployment("2019-09", 2116, 935, 1181, 101, "4.7", "2.9"), table("ELB_IP", "2019", StructureTables.prognosis(prognosis)),
                unemployment("2018-09", 2696, null, null, null, "5.7", "3.2"),
                bySphere("ALO_RK", new String[] {"FRAUEN", "U25", "AB50", "LZA", "AUSLAENDER", "SB"},
                        new String[][] {{"44.2", "4.8", "38.5", "50.9", "4.6", "4.9"}, {"46.1", "9.7", "45.3", "12.4", "3.1", "6.2"}}),
                bySphere("UB", new String[] {"ARBEITSLOSE", "ALO_WS", "UB_ES", "UB_GESAMT"},
                        new String[][] {{"2116", "310", "512", "2938"}, {"1850", "95", "240", "2185"}}),
                industries());
    }

    /** A figure by legal sphere as controlling's byLegalSphere returns it (demo values of September 2019). */
    static StructureViews.Table bySphere(String figure, String[] categories, String[][] values) {
        List<StructureViews.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < categories.length; i++) {
            Map<String, BigDecimal> spheres = new LinkedHashMap<>();
            spheres.put("SGB2", new BigDecimal(values[0][i]));
            spheres.put("SGB3", new BigDecimal(values[1][i]));
            rows.add(new StructureViews.Row(categories[i], StructureFigure.label(categories[i]), spheres.get("SGB2"), null, null, null, spheres));
        }
        return new StructureViews.Table("03504", figure, figure, "2019-09", null, rows, true, List.of(YearMonth.of(2019, 10)), List.of("Demowerte"));
    }

    /** Employees by industry, change March 2018 → March 2019 (demo values). */
    static StructureViews.Table industries() {
        String[] codes = {"LAND", "VERARBEITEND", "BAU", "HANDEL", "VERKEHR", "GAST", "DIENSTLEISTUNG", "OEFFENTLICH", "GESUNDHEIT", "SONSTIGE"};
        int[] changes = {12, 215, 60, -35, 18, -15, 39, -22, 89, 15};
        List<StructureViews.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            rows.add(new StructureViews.Row(codes[i], StructureFigure.label(codes[i]), bd(changes[i]), null, bd(changes[i]), null, Map.of()));
        }
        return new StructureViews.Table("03504", "SVB_WZ", "SVB_WZ", "2019-03", "2018-03", rows, true, List.of(YearMonth.of(2019, 10)), List.of("Demowerte"));
    }

    /** The unemployed in SGB II of a month as controlling's table holds them (September 2019: the text of chapter 1). */
    static StructureViews.Table unemployment(String month, int total, Integer women, Integer men, Integer under25, String rate, String rateUnder25) {
        List<StructureViews.Row> rows = new java.util.ArrayList<>();
        rows.add(new StructureViews.Row("GESAMT", "Arbeitslose insgesamt", bd(total), null, null, null, Map.of()));
        rows.add(aloRow("FRAUEN", women, total));
        rows.add(aloRow("MAENNER", men, total));
        rows.add(aloRow("U25", under25, total));
        rows.add(new StructureViews.Row("ALQ_GESAMT", "SGB II-Arbeitslosenquote insgesamt (%)", new BigDecimal(rate), null, null, null, Map.of()));
        rows.add(new StructureViews.Row("ALQ_U25", "SGB II-Arbeitslosenquote unter 25 Jahre (%)", new BigDecimal(rateUnder25), null, null, null, Map.of()));
        return new StructureViews.Table("03504", "ALO", "Arbeitslose im SGB II", month, null, rows, true, List.of(YearMonth.of(2019, 10)),
                List.of("Arbeitsmarkt- und Integrationsprogramm 2020, Stand 14.11.2019"));
    }

    private static StructureViews.Row aloRow(String code, Integer value, int total) {
        return new StructureViews.Row(code, "Arbeitslose " + StructureFigure.label(code), value == null ? null : bd(value),
                StructureTables.percent(value == null ? null : bd(value), bd(total)), null, null, Map.of());
    }

    private static StructureViews.Table table(String figure, String period, List<StructureTables.Row> rows) {
        return new StructureViews.Table("03504", figure, figure, period, null, rows.stream().map(r -> new StructureViews.Row(r.code(), r.label(),
                r.value(), r.share(), r.changeAbsolute(), r.changePercent(), new LinkedHashMap<>(r.byAge()))).toList(), true,
                List.of(YearMonth.of(2019, 10)), List.of("Arbeitsmarkt- und Integrationsprogramm 2020, Stand 14.11.2019"));
    }

    private static BigDecimal bd(long value) {
        return BigDecimal.valueOf(value);
    }
}
