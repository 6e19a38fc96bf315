package de.leitstand.planning.application;

import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.planning.api.ProgrammeSummary;
import de.leitstand.planning.api.ProgrammeView;
import de.leitstand.planning.domain.Amounts;
import de.leitstand.planning.domain.BudgetBalance;
import de.leitstand.planning.domain.BudgetComparison;
import de.leitstand.planning.domain.BudgetFigures;
import de.leitstand.planning.domain.Employer;
import de.leitstand.planning.domain.FederalShare;
import de.leitstand.planning.domain.Goal;
import de.leitstand.planning.domain.InstrumentCategory;
import de.leitstand.planning.domain.MunicipalShare;
import de.leitstand.planning.domain.PlanLine;
import de.leitstand.planning.domain.PlanningRepository;
import de.leitstand.planning.domain.Programme;
import de.leitstand.planning.domain.StaffFunction;
import de.leitstand.planning.domain.StaffLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the published views of a programme, with every derived figure. */
@ApplicationScoped
public class ProgrammeAssembler {

    static final String K1_NOTE = "Ziel 1 (Verringerung der Hilfebedürftigkeit): Kennzahl K1 wird ohne quantifizierten "
            + "Zielwert im Verlauf beobachtet (mit den Ergänzungsgrößen K1E1–K1E4).";

    @Inject
    PlanningRepository repository;

    @Inject
    JobcenterDirectory jobcenters;

    @Inject
    PlanningMapper mapper;

    public ProgrammeSummary summary(Programme p) {
        String name = jobcenters.find(p.getAgencyNumber().value()).map(JobcenterView::name).orElse(null);
        return new ProgrammeSummary(p.getId(), p.getAgencyNumber().value(), name, p.getYear(), p.getVersionNumber(),
                p.getStatus().name(), p.getStatus().label(), p.getStandDate(), p.getAgreedOn(), p.getAgreedBy(),
                p.getRevisionReason(), p.isCurrent(), p.getStatus().isEditable(), p.getVersion());
    }

    public ProgrammeView view(Programme p) {
        return new ProgrammeView(summary(p), targets(p), p.getGoals().stream().map(mapper::goal).toList(),
                p.getTargetPath(), budget(p), staff(p), p.getSections().stream().map(mapper::section).toList());
    }

    public ProgrammeView.Steering steering(Programme p) {
        return new ProgrammeView.Steering(targets(p), p.getTargetPath(), p.getGoals().stream().map(mapper::goal).toList());
    }

    static ProgrammeView.Targets targets(Programme p) {
        var it = p.getIntegrationTarget();
        var lzb = p.getLzbTarget();
        return new ProgrammeView.Targets(it.getIntegrations(), it.getIntegrationRate(), it.getIntegrationsWomen(),
                it.getIntegrationsMen(), it.getIntegrationRateWomen(), it.getIntegrationRateMen(), it.getPreviousYearRate(), it.impliedAverageElb(), it.rateChangePercent(),
                lzb.getChangePercent(), lzb.getBasis().name(), lzb.getBasis().label(), lzb.getBaseline(), lzb.targetStock(),
                K1_NOTE);
    }

    /** @return the target as a document shows it: "&lt; 5 %", or the text, or both */
    static String targetLabel(Goal g) {
        StringBuilder label = new StringBuilder();
        if (g.getTargetNumber() != null) {
            if (g.getComparator() != null) {
                label.append(g.getComparator().symbol()).append(' ');
            }
            NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
            format.setMaximumFractionDigits(2);
            label.append(format.format(g.getTargetNumber()));
            if (g.getTargetUnit() != null) {
                label.append(' ').append(g.getTargetUnit());
            }
        }
        if (g.getTargetText() != null) {
            if (label.length() > 0) {
                label.append(" – ");
            }
            label.append(g.getTargetText());
        }
        return label.toString();
    }

    BigDecimal federalSharePercent(int year) {
        return repository.federalShare(year).map(FederalShare::getPercent).orElse(FederalShare.LEGAL_DEFAULT);
    }

    ProgrammeView.Budget budget(Programme p) {
        BudgetFigures figures = p.getBudget();
        List<ProgrammeView.BudgetRow> rows = List.of(
                row("Verwaltungskosten (VK)", figures.administration()),
                row("Eingliederungsleistungen (EGL)", figures.integration()),
                row("Gesamtbudget", figures.total()));
        BigDecimal federalShare = federalSharePercent(p.getYear());
        MunicipalShare municipal = new MunicipalShare(figures.getAdministrationCurrent(), federalShare);
        BudgetBalance balance = p.balance();
        BigDecimal available = balance.integrationAvailable();
        List<ProgrammeView.PlanLineView> lines = p.getPlanLines().stream().map(line -> planLine(line, available)).toList();
        List<ProgrammeView.Aggregate> aggregates = List.of(
                aggregate("FbW, EGZ und § 45 SGB III", balance.plannedFor(InstrumentCategory.MARKET_ORIENTED), available),
                aggregate("2. Arbeitsmarkt (§§ 16d, 16e, 16i SGB II)", balance.plannedFor(InstrumentCategory.SECOND_LABOUR_MARKET), available));
        List<BigDecimal> profile = p.getSpendingProfile();
        BigDecimal spendingTotal = profile.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal firstHalf = profile.stream().limit(6).reduce(BigDecimal.ZERO, BigDecimal::add);
        String previousLabel = "Zuteilung " + (p.getYear() - 1);
        String currentLabel = figures.getKind().label() + " " + p.getYear();
        return new ProgrammeView.Budget(figures.getKind().name(), figures.getKind().label(), figures.getStand(),
                previousLabel, currentLabel, rows, federalShare, municipal.totalAdministrativeCosts(),
                municipal.municipalAmount(), municipal.municipalSharePct(),
                p.getTransfers().stream().map(mapper::transfer).toList(),
                balance.transferTotal(), balance.administrationAvailable(), available, lines, balance.plannedTotal(), balance.unplannedRemainder(),
                aggregates, profile, spendingTotal, Amounts.percent(firstHalf, spendingTotal));
    }

    private static ProgrammeView.BudgetRow row(String title, BudgetComparison comparison) {
        return new ProgrammeView.BudgetRow(title, comparison.previous(), comparison.current(), comparison.difference(),
                comparison.differencePercent());
    }

    private static ProgrammeView.PlanLineView planLine(PlanLine line, BigDecimal available) {
        return new ProgrammeView.PlanLineView(line.getId(), line.getCategory().name(), line.getCategory().germanName(),
                line.getCategory().legalBasis(), line.getAmount(), line.getPlannedEntries(), line.averageCostPerEntry(),
                Amounts.percent(line.getAmount(), available), line.isDemoValue(), line.getNote());
    }

    private static ProgrammeView.Aggregate aggregate(String name, BigDecimal amount, BigDecimal available) {
        return new ProgrammeView.Aggregate(name, amount, Amounts.percent(amount, available));
    }

    /** The staff plan with its totals, the BA : municipal ratio in whole percent and the capacity per function. */
    ProgrammeView.Staff staff(Programme p) {
        List<StaffLine> lines = p.getStaffLines();
        BigDecimal total = sum(lines, null);
        BigDecimal ba = sum(lines, Employer.BA);
        BigDecimal municipal = sum(lines, Employer.KOMMUNE);
        String ratio = total.signum() == 0 ? null
                : ba.multiply(Amounts.HUNDRED).divide(total, 0, RoundingMode.HALF_UP) + ":"
                + municipal.multiply(Amounts.HUNDRED).divide(total, 0, RoundingMode.HALF_UP);
        List<ProgrammeView.FunctionTotal> byFunction = new ArrayList<>();
        for (StaffFunction function : StaffFunction.values()) {
            BigDecimal capacity = lines.stream().filter(l -> l.getFunction() == function).map(StaffLine::getCapacity)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (capacity.signum() > 0) {
                byFunction.add(new ProgrammeView.FunctionTotal(function.name(), function.label(), capacity));
            }
        }
        return new ProgrammeView.Staff(lines.stream().map(mapper::staffLine).toList(), total, ba, municipal, ratio, byFunction,
                p.getCaseload().stream().map(mapper::caseload).toList());
    }

    private static BigDecimal sum(List<StaffLine> lines, Employer employer) {
        return lines.stream().filter(l -> employer == null || l.getEmployer() == employer)
                .map(StaffLine::getCapacity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
