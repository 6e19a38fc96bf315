package de.leitstand.planning.application;

import de.leitstand.planning.domain.BudgetFigures;
import de.leitstand.planning.domain.Comparator;
import de.leitstand.planning.domain.CustomerGroup;
import de.leitstand.planning.domain.Employer;
import de.leitstand.planning.domain.GoalKind;
import de.leitstand.planning.domain.GoalStatus;
import de.leitstand.planning.domain.InstrumentCategory;
import de.leitstand.planning.domain.LzbBasis;
import de.leitstand.planning.domain.StaffFunction;

import java.util.List;

/** The choices the programme forms offer (instruments, employers, functions, goal kinds…), with their German labels. */
final class PlanningChoices {

    private PlanningChoices() {
    }

    static de.leitstand.planning.api.Catalogue catalogue() {
        return new de.leitstand.planning.api.Catalogue(
                choices(InstrumentCategory.values(), c -> c.germanName() + " (" + c.legalBasis() + ")"),
                choices(Employer.values(), Employer::label), choices(StaffFunction.values(), StaffFunction::label),
                choices(CustomerGroup.values(), g -> g.label() + " (1:" + g.referenceCustomersPerStaff() + ")"),
                choices(GoalKind.values(), GoalKind::label), choices(Comparator.values(), Comparator::symbol),
                choices(GoalStatus.values(), GoalStatus::label), choices(LzbBasis.values(), LzbBasis::label),
                choices(BudgetFigures.Kind.values(), BudgetFigures.Kind::label));
    }

    private static <E extends Enum<E>> List<de.leitstand.planning.api.Catalogue.Choice> choices(
            E[] values, java.util.function.Function<E, String> label) {
        return java.util.Arrays.stream(values).map(v -> new de.leitstand.planning.api.Catalogue.Choice(v.name(), label.apply(v))).toList();
    }
}
