package de.leitstand.planning.application;

import de.leitstand.kernel.api.MapperDefaults;
import de.leitstand.planning.api.ProgrammeView;
import de.leitstand.planning.domain.CaseloadLine;
import de.leitstand.planning.domain.Goal;
import de.leitstand.planning.domain.Section;
import de.leitstand.planning.domain.StaffLine;
import de.leitstand.planning.domain.BudgetTransfer;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * The planning context's entities as its published views, field by field. The figures a rule derives
 * (shares, ratios, the budget's totals) are built in {@link ProgrammeAssembler}, each in a method named
 * for its rule.
 */
@Mapper(config = MapperDefaults.class)
public interface PlanningMapper {

    @Mapping(target = "kindLabel", expression = "java(goal.getKind().label())")
    @Mapping(target = "statusLabel", expression = "java(goal.getStatus().label())")
    @Mapping(target = "targetLabel", expression = "java(ProgrammeAssembler.targetLabel(goal))")
    ProgrammeView.GoalView goal(Goal goal);

    ProgrammeView.SectionView section(Section section);

    ProgrammeView.TransferView transfer(BudgetTransfer transfer);

    @Mapping(target = "employerLabel", expression = "java(line.getEmployer().label())")
    @Mapping(target = "functionLabel", expression = "java(line.getFunction().label())")
    ProgrammeView.StaffLineView staffLine(StaffLine line);

    @Mapping(target = "groupLabel", expression = "java(line.getGroup().label())")
    @Mapping(target = "customersPerStaff", expression = "java(line.customersPerStaff())")
    @Mapping(target = "reference", expression = "java(line.getGroup().referenceCustomersPerStaff())")
    @Mapping(target = "exceedsReference", expression = "java(line.exceedsReference())")
    ProgrammeView.CaseloadView caseload(CaseloadLine line);
}
