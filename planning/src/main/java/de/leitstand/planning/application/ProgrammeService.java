package de.leitstand.planning.application;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.InputValidation;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.planning.api.ProgrammeComparison;
import de.leitstand.planning.api.ProgrammeInputs;
import de.leitstand.planning.api.ProgrammePlanning;
import de.leitstand.planning.api.ProgrammeSummary;
import de.leitstand.planning.api.ProgrammeView;
import de.leitstand.planning.domain.Comparator;
import de.leitstand.planning.domain.Goal;
import de.leitstand.planning.domain.GoalKind;
import de.leitstand.planning.domain.GoalStatus;
import de.leitstand.planning.domain.PlanningRepository;
import de.leitstand.planning.domain.Programme;
import de.leitstand.planning.domain.Section;
import de.leitstand.planning.domain.TargetPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

@ApplicationScoped
public class ProgrammeService implements ProgrammePlanning {

    private static final String TRAEGERVERSAMMLUNG = "Trägerversammlung";
    private static final String LAND = "Land (Zielvereinbarung)";

    @Inject
    de.leitstand.kernel.api.JobcenterDirectory jobcenters;

    @Inject
    PlanningRepository repository;

    @Inject
    ProgrammeAssembler assembler;

    @Inject
    Tenancy tenancy;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @Override
    public List<ProgrammeSummary> list(String agencyNumber, Integer year) {
        AgencyNumber agency = agencyNumber == null || agencyNumber.isBlank() ? null : tenancy.resolve(agencyNumber);
        return repository.programmes(agency, year).stream().map(assembler::summary).toList();
    }

    @Override
    public ProgrammeView get(long id) {
        return assembler.view(require(id));
    }

    @Override
    public Optional<ProgrammeView> current(String agencyNumber, int year) {
        return repository.currentProgramme(tenancy.resolve(agencyNumber), year).map(assembler::view);
    }

    @Override
    public Optional<ProgrammeView.Steering> currentSteering(String agencyNumber, int year) {
        return repository.currentProgramme(tenancy.resolve(agencyNumber), year).map(assembler::steering);
    }

    @Override
    @Transactional
    @RequiresRole({Role.CONTROLLING, Role.GESCHAEFTSFUEHRUNG})
    public ProgrammeView create(String agencyNumber, ProgrammeInputs.NewProgramme input) {
        validation.check(input, "PROGRAMME_INVALID");
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        if (repository.currentProgramme(agency, input.year()).isPresent()) {
            throw new ConflictException("PROGRAMME_EXISTS", Text.of("planning.PROGRAMME_EXISTS", input.year()));
        }
        LocalDate stand = input.standDate() == null ? LocalDate.now() : input.standDate();
        Programme programme = repository.currentProgramme(agency, input.year() - 1)
                .map(previous -> previous.successorForYear(input.year(), stand))
                .orElseGet(() -> new Programme(agency, input.year(), stand));
        repository.add(programme);
        repository.flush();
        return assembler.view(programme);
    }

    @Override
    @Transactional
    @RequiresRole({Role.CONTROLLING, Role.GESCHAEFTSFUEHRUNG})
    public ProgrammeView changeTargets(long id, ProgrammeInputs.Targets input) {
        validation.check(input, "PROGRAMME_INVALID");
        return change(id, input.version(), ProgrammeChanges.targets(input));
    }

    @Override
    public ProgrammeView.Targets previewTargets(long id, ProgrammeInputs.Targets input) {
        validation.check(input, "PROGRAMME_INVALID");
        return ProgrammeAssembler.targets(scratch(id, ProgrammeChanges.targets(input)));
    }

    @Override
    public ProgrammeView.Budget previewBudget(long id, ProgrammeInputs.Budget input) {
        validation.check(input, "PROGRAMME_INVALID");
        return assembler.budget(scratch(id, ProgrammeChanges.budget(input)));
    }

    @Override
    public ProgrammeView.Staff previewStaff(long id, ProgrammeInputs.Staff input) {
        validation.check(input, "PROGRAMME_INVALID");
        return assembler.staff(scratch(id, ProgrammeChanges.staff(input)));
    }

    /** A programme that is never stored, of the same Jobcenter and year, with the input applied. */
    private Programme scratch(long id, Consumer<Programme> change) {
        Programme stored = require(id);
        Programme scratch = new Programme(stored.getAgencyNumber(), stored.getYear(), stored.getStandDate());
        change.accept(scratch);
        return scratch;
    }

    @Override
    @Transactional
    @RequiresRole({Role.CONTROLLING, Role.GESCHAEFTSFUEHRUNG})
    public ProgrammeView changeGoals(long id, ProgrammeInputs.Goals input) {
        validation.check(input, "PROGRAMME_INVALID");
        List<Goal.Data> goals = input.goals().stream().map(g -> new Goal.Data(
                Inputs.require(GoalKind.class, g.kind(), "kind", Text.of("planning.WHAT_DIE_ART_DES_ZIELS")), g.title().trim(), g.indicator().trim(),
                Inputs.parse(Comparator.class, g.comparator(), "comparator", Text.of("planning.WHAT_DER_VERGLEICH")), g.targetNumber(),
                Inputs.trimToNull(g.targetUnit()), Inputs.trimToNull(g.targetText()),
                Optional.ofNullable(Inputs.parse(GoalStatus.class, g.status(), "status", Text.of("planning.WHAT_DER_STATUS"))).orElse(GoalStatus.IN_ABSTIMMUNG),
                Inputs.trimToNull(g.kpiCode()))).toList();
        return change(id, input.version(), p -> p.changeGoals(goals));
    }

    @Override
    @Transactional
    @RequiresRole({Role.CONTROLLING, Role.GESCHAEFTSFUEHRUNG})
    public ProgrammeView changeTargetPath(long id, ProgrammeInputs.TargetPath input) {
        validation.check(input, "PROGRAMME_INVALID");
        return change(id, input.version(), p -> p.changeTargetPath(input.months()));
    }

    @Override
    public List<Integer> proposeTargetPath(long id) {
        Programme programme = require(id);
        Integer annual = programme.getIntegrationTarget().getIntegrations();
        if (annual == null) {
            return List.of();
        }
        List<Integer> previousYear = repository.currentProgramme(programme.getAgencyNumber(), programme.getYear() - 1)
                .map(Programme::getTargetPath).orElse(List.of());
        return TargetPath.distribute(annual, previousYear.isEmpty() ? null : previousYear);
    }

    @Override
    @Transactional
    @RequiresRole({Role.CONTROLLING, Role.GESCHAEFTSFUEHRUNG})
    public ProgrammeView changeBudget(long id, ProgrammeInputs.Budget input) {
        validation.check(input, "PROGRAMME_INVALID");
        return change(id, input.version(), ProgrammeChanges.budget(input));
    }

    @Override
    @Transactional
    @RequiresRole({Role.CONTROLLING, Role.GESCHAEFTSFUEHRUNG})
    public ProgrammeView changeStaff(long id, ProgrammeInputs.Staff input) {
        validation.check(input, "PROGRAMME_INVALID");
        return change(id, input.version(), ProgrammeChanges.staff(input));
    }

    @Override
    @Transactional
    @RequiresRole({Role.CONTROLLING, Role.GESCHAEFTSFUEHRUNG})
    public ProgrammeView changeSections(long id, ProgrammeInputs.Sections input) {
        validation.check(input, "PROGRAMME_INVALID");
        List<de.leitstand.kernel.api.ValidationException.FieldError> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < input.sections().size(); i++) {
            ProgrammeInputs.Section section = input.sections().get(i);
            for (de.leitstand.planning.api.DocumentPlaceholders.Unknown u : de.leitstand.planning.api.DocumentPlaceholders.unknown(section.content())) {
                unknown.add(new de.leitstand.kernel.api.ValidationException.FieldError("sections[" + i + "].content", u.text(section.title())));
            }
        }
        if (!unknown.isEmpty()) {
            throw new de.leitstand.kernel.api.ValidationException("PLACEHOLDER_UNKNOWN", unknown);
        }
        List<Section.Data> sections = input.sections().stream()
                .map(s -> new Section.Data(s.title().trim(), RichText.sanitize(s.content()))).toList();
        return change(id, input.version(), p -> p.changeSections(sections));
    }

    @Override
    @Transactional
    @RequiresRole({Role.CONTROLLING, Role.GESCHAEFTSFUEHRUNG})
    public ProgrammeView submit(long id, ProgrammeInputs.Step input) {
        return change(id, input.version(), Programme::submit);
    }

    @Override
    @Transactional
    @RequiresRole(Role.GESCHAEFTSFUEHRUNG)
    public ProgrammeView returnToDraft(long id, ProgrammeInputs.Step input) {
        return change(id, input.version(), Programme::returnToDraft);
    }

    @Override
    @Transactional
    @RequiresRole(Role.GESCHAEFTSFUEHRUNG)
    public ProgrammeView agree(long id, ProgrammeInputs.Agreement input) {
        validation.check(input, "PROGRAMME_INVALID");
        return change(id, input.version(), p -> p.agree(input.agreedOn(),
                input.agreedBy() == null || input.agreedBy().isBlank() ? defaultBoard(p) : input.agreedBy().trim()));
    }

    @Override
    @Transactional
    @RequiresRole({Role.CONTROLLING, Role.GESCHAEFTSFUEHRUNG})
    public ProgrammeView revise(long id, ProgrammeInputs.Revision input) {
        validation.check(input, "PROGRAMME_INVALID");
        Programme agreed = lockAtVersion(id, input.version());
        Programme revision = agreed.revise(input.reason().trim(), LocalDate.now());
        repository.add(revision);
        repository.flush();
        return assembler.view(revision);
    }

    @Override
    public de.leitstand.planning.api.Catalogue catalogue() {
        return PlanningChoices.catalogue();
    }

    @Override
    public ProgrammeComparison compare(long leftId, long rightId) {
        return ProgrammeComparer.compare(get(leftId), get(rightId));
    }

    /** A gE's programme is agreed by its Trägerversammlung; a zkT agrees its targets with the Land. */
    private String defaultBoard(Programme programme) {
        boolean licensedMunicipality = jobcenters.find(programme.getAgencyNumber().value())
                .map(j -> "ZKT".equals(j.type())).orElse(false);
        return licensedMunicipality ? LAND : TRAEGERVERSAMMLUNG;
    }

    private ProgrammeView change(long id, long version, Consumer<Programme> change) {
        Programme programme = lockAtVersion(id, version);
        change.accept(programme);
        repository.flush();
        return assembler.view(programme);
    }

    private Programme lockAtVersion(long id, long version) {
        Programme programme = repository.lockForChange(id);
        if (programme.getVersion() != version) {
            throw ConflictException.concurrentModification();
        }
        return programme;
    }

    private Programme require(long id) {
        return repository.findProgramme(id).orElseThrow(() -> new NotFoundException("PROGRAMME_NOT_FOUND",
                Text.of("planning.PROGRAMME_NOT_FOUND", id)));
    }
}
