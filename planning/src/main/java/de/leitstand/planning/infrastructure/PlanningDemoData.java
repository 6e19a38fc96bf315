package de.leitstand.planning.infrastructure;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.planning.domain.BudgetFigures;
import de.leitstand.planning.domain.CaseloadLine;
import de.leitstand.planning.domain.Comparator;
import de.leitstand.planning.domain.CustomerGroup;
import de.leitstand.planning.domain.Employer;
import de.leitstand.planning.domain.Goal;
import de.leitstand.planning.domain.GoalKind;
import de.leitstand.planning.domain.GoalStatus;
import de.leitstand.planning.domain.InstrumentCategory;
import de.leitstand.planning.domain.IntegrationTarget;
import de.leitstand.planning.domain.LzbBasis;
import de.leitstand.planning.domain.LzbTarget;
import de.leitstand.planning.domain.OfferDecision;
import de.leitstand.planning.domain.PlanLine;
import de.leitstand.planning.domain.PlanningRepository;
import de.leitstand.planning.domain.Programme;
import de.leitstand.planning.domain.Section;
import de.leitstand.planning.domain.StaffFunction;
import de.leitstand.planning.domain.StaffLine;
import de.leitstand.planning.domain.TargetPath;
import de.leitstand.planning.domain.Team;
import de.leitstand.planning.domain.TeamOffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Elbe-Elster programme 2020 as seed 002 states it (targets, local and municipal goals, the
 * budget table, staff 148 at 54:46, the text chapters) and an agreed 2019 version to compare with.
 * Values the seed does not give are demo values and marked as such: the plan lines (flagged), the
 * split of staff by function, caseload figures, the LZB baseline, the 2019 version, teams and offers.
 */
@ApplicationScoped
class PlanningDemoData {

    static final AgencyNumber ELBE_ELSTER = new AgencyNumber("03504");

    @Inject
    PlanningRepository repository;

    void load() {
        Programme previous = new Programme(ELBE_ELSTER, 2019, LocalDate.of(2018, 11, 15));
        previous.changeTargets(new IntegrationTarget(1200, new BigDecimal("23.8"), null, null, null, null, new BigDecimal("24.1")),
                new LzbTarget(new BigDecimal("-8.0"), LzbBasis.ANNUAL_AVERAGE, 4620));
        previous.changeTargetPath(List.of(80, 95, 110, 115, 105, 100, 95, 110, 120, 115, 100, 55));
        previous.changeBudget(new BudgetFigures(null, new BigDecimal("9069867"), null, new BigDecimal("7129465"),
                BudgetFigures.Kind.ZUTEILUNG, LocalDate.of(2019, 1, 15)), List.of(), List.of(
                new PlanLine.Data(InstrumentCategory.VOCATIONAL_TRAINING, new BigDecimal("1700000"), 560, true, null),
                new PlanLine.Data(InstrumentCategory.WAGE_SUBSIDY_EGZ, new BigDecimal("1150000"), 190, true, null),
                new PlanLine.Data(InstrumentCategory.ACTIVATION_MEASURES, new BigDecimal("1200000"), 1150, true, null),
                new PlanLine.Data(InstrumentCategory.WORK_OPPORTUNITIES_AGH, new BigDecimal("320000"), 180, true, null),
                new PlanLine.Data(InstrumentCategory.PARTICIPATION_16I, new BigDecimal("150000"), 12, true, null)), List.of());
        previous.changeStaff(staff(new BigDecimal("84"), new BigDecimal("70")), List.of());
        previous.changeGoals(goals(GoalStatus.VEREINBART));
        previous.changeSections(List.of(new Section.Data("Hinweis", "<p>Demo-Version 2019 zum Vergleich mit dem Programm 2020; "
                + "die Werte sind Demowerte, nicht aus dem Quelldokument.</p>")));
        previous.submit();
        previous.agree(LocalDate.of(2018, 12, 6), "Trägerversammlung");
        repository.add(previous);

        Programme programme = new Programme(ELBE_ELSTER, 2020, LocalDate.of(2019, 11, 14));
        programme.changeTargets(new IntegrationTarget(1141, new BigDecimal("23.4"), null, null, new BigDecimal("21.5"),
                        new BigDecimal("25.0"), new BigDecimal("23.8")),
                new LzbTarget(new BigDecimal("-10.8"), LzbBasis.ANNUAL_AVERAGE, 4223));
        programme.changeTargetPath(TargetPath.distribute(1141, previous.getTargetPath()));
        programme.changeBudget(new BudgetFigures(new BigDecimal("9069867"), new BigDecimal("8581009"),
                        new BigDecimal("7129465"), new BigDecimal("7053067"), BudgetFigures.Kind.SCHAETZWERT,
                        LocalDate.of(2019, 11, 1)), List.of(), planLines2020(),
                amounts(900000, 800000, 750000, 700000, 650000, 600000, 450000, 400000, 400000, 350000, 300000, 250000));
        programme.changeStaff(staff(new BigDecimal("80"), new BigDecimal("68")), List.of(
                new CaseloadLine.Data(CustomerGroup.UNDER_25, 620, new BigDecimal("8.00")),
                new CaseloadLine.Data(CustomerGroup.FROM_25, 4280, new BigDecimal("30.00"))));
        programme.changeGoals(goals(null));
        programme.changeSections(chapters());
        programme.submit();
        repository.add(programme);

        List<Team> teams = List.of(new Team(ELBE_ELSTER, "Markt und Integration U25"),
                new Team(ELBE_ELSTER, "Markt und Integration Herzberg"),
                new Team(ELBE_ELSTER, "Markt und Integration Finsterwalde"),
                new Team(ELBE_ELSTER, "Fallmanagement"));
        teams.forEach(repository::add);
        repository.flush();
        int[] offers = {230, 420, 380, 95};
        for (int i = 0; i < teams.size(); i++) {
            TeamOffer offer = new TeamOffer(ELBE_ELSTER, teams.get(i).getId(), 2020, offers[i], "Demowert");
            if (i == 0) {
                offer.decide(OfferDecision.ANGENOMMEN, null, "ee-gf");
            } else if (i == 1) {
                offer.decide(OfferDecision.ANGEPASST, 430, "ee-gf");
            }
            repository.add(offer);
        }
    }

    /** Demo plan lines: FbW + EGZ + § 45 over half the EGL, the second labour market 8 % (564.245 €). */
    private static List<PlanLine.Data> planLines2020() {
        return List.of(
                line(InstrumentCategory.VOCATIONAL_TRAINING, "1650000", 550),
                line(InstrumentCategory.WAGE_SUBSIDY_EGZ, "1100000", 180),
                line(InstrumentCategory.ACTIVATION_MEASURES, "1150000", 1100),
                line(InstrumentCategory.PLACEMENT_BUDGET, "350000", 1500),
                line(InstrumentCategory.VOCATIONAL_EDUCATION, "900000", 75),
                line(InstrumentCategory.REHAB, "550000", 45),
                line(InstrumentCategory.START_UP_ALLOWANCE, "120000", 80),
                line(InstrumentCategory.SELF_EMPLOYED_SUPPORT, "40000", 10),
                line(InstrumentCategory.FREE_SUPPORT, "250000", 120),
                line(InstrumentCategory.HARD_TO_REACH_YOUTH, "150000", 35),
                line(InstrumentCategory.WORK_OPPORTUNITIES_AGH, "280000", 160),
                line(InstrumentCategory.LTU_INTEGRATION_16E, "110000", 12),
                line(InstrumentCategory.PARTICIPATION_16I, "174245", 14));
    }

    private static PlanLine.Data line(InstrumentCategory category, String amount, int entries) {
        return new PlanLine.Data(category, new BigDecimal(amount), entries, true, "Demowert");
    }

    /** Staff capacity by employer as the seed gives it; the split by function is a demo value. */
    private static List<StaffLine.Data> staff(BigDecimal ba, BigDecimal municipal) {
        BigDecimal baLeadership = new BigDecimal("6");
        BigDecimal baBenefits = new BigDecimal("22");
        BigDecimal municipalLeadership = new BigDecimal("4");
        BigDecimal municipalCaseManagement = new BigDecimal("14");
        return List.of(
                new StaffLine.Data(Employer.BA, StaffFunction.MARKT_INTEGRATION, ba.subtract(baLeadership).subtract(baBenefits)),
                new StaffLine.Data(Employer.BA, StaffFunction.LEISTUNG, baBenefits),
                new StaffLine.Data(Employer.BA, StaffFunction.FUEHRUNG, baLeadership),
                new StaffLine.Data(Employer.KOMMUNE, StaffFunction.LEISTUNG,
                        municipal.subtract(municipalLeadership).subtract(municipalCaseManagement)),
                new StaffLine.Data(Employer.KOMMUNE, StaffFunction.FALLMANAGEMENT, municipalCaseManagement),
                new StaffLine.Data(Employer.KOMMUNE, StaffFunction.FUEHRUNG, municipalLeadership));
    }

    /** The local and municipal goals of seed chapters 3.2 and 3.3. */
    private static List<Goal.Data> goals(GoalStatus all) {
        GoalStatus open = all == null ? GoalStatus.IN_ABSTIMMUNG : all;
        GoalStatus agreed = all == null ? GoalStatus.VEREINBART : all;
        List<Goal.Data> goals = new ArrayList<>();
        goals.add(new Goal.Data(GoalKind.LOKAL, "Erfolgreich besetzte Stellen bei KMU",
                "Anzahl von erfolgreich besetzten Stellen und erfolgreich besetzten sonstigen Stellen bei Klein- und "
                        + "Mittelständischen Unternehmen. Personaldienstleister werden nicht berücksichtigt.",
                null, null, null, "Verbesserung der Integrationsarbeit im Rahmen der Stellenbesetzung Ziel 2020: Anzahl "
                + "erfolgreich besetzter Stellen inkl. sonstiger Stellen (exkl PDL)", open, null));
        goals.add(new Goal.Data(GoalKind.LOKAL, "Erfolgreiche Vermittlungsvorschläge",
                "Erhöhung des Anteils der erfolgreichen Vermittlungsvorschläge ANoAV SGB II", null, null, "%",
                "Verbesserung der Integrationsarbeit im Rahmen der Stellenbesetzung Ziel 2020: Anteil erfolgreiche "
                        + "Vermittlungsvorschläge ANoAV SGB II", open, null));
        goals.add(new Goal.Data(GoalKind.KOMMUNAL, "Kosten der Unterkunft",
                "Senkung der Kosten der Unterkunft bzw. Einhaltung des Haushaltsansatzes – Ausgaben Kosten der Unterkunft",
                Comparator.LE, null, "EUR", "Zielwert 2020: max EUR", open, null));
        goals.add(new Goal.Data(GoalKind.KOMMUNAL, "Kommunale Leistungen nach § 16a SGB II",
                "Inanspruchnahme kommunaler Leistungen nach § 16a SGB II – Summe aller Einschaltungen bei den "
                        + "flankierenden Leistungen", null, null, null, "Zielwert 2020", open, null));
        goals.add(new Goal.Data(GoalKind.KOMMUNAL, "Integrationen aus dem Fallmanagement",
                "Fokussierung auf Integrationen aus dem beschäftigungsorientierten Fallmanagement – Anzahl der "
                        + "Integrationen von Fallmanagement-Kunden", null, null, null, "Zielwert 2020", open, null));
        goals.add(new Goal.Data(GoalKind.KOMMUNAL, "Bearbeitungsqualität Kosten der Unterkunft",
                "durchschnittliche Fehlerquote Ist im JDW", Comparator.LT, new BigDecimal("5"), "%", null, agreed, "FQ_KDU"));
        goals.add(new Goal.Data(GoalKind.KOMMUNAL, "Bearbeitungsqualität Bildung und Teilhabe",
                "durchschnittliche Fehlerquote Ist im JDW", Comparator.LT, new BigDecimal("5"), "%", null, agreed, "FQ_BUT"));
        return goals;
    }

    private static List<Section.Data> chapters() {
        List<Section.Data> chapters = new ArrayList<>();
        // Vorwort, the texts of chapters 1–4 (placed into the document's chapters, figures as placeholders), chapters 5–8
        for (String part : List.of("01", "k1", "k2", "k3", "k4", "02", "03", "04", "05")) {
            String name = "/de/leitstand/planning/demo/elbe-elster-2020-" + part + ".html";
            try (InputStream in = PlanningDemoData.class.getResourceAsStream(name)) {
                String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int end = html.indexOf("-->");
                String title = html.substring(4, end).trim();
                chapters.add(new Section.Data(title, html.substring(end + 3).trim()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return chapters;
    }

    private static List<BigDecimal> amounts(long... values) {
        List<BigDecimal> result = new ArrayList<>();
        for (long value : values) {
            result.add(BigDecimal.valueOf(value));
        }
        return result;
    }
}
