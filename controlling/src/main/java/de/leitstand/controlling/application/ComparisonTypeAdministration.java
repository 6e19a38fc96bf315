package de.leitstand.controlling.application;

import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.controlling.domain.ComparisonMembership;
import de.leitstand.controlling.domain.ComparisonType;
import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Use case: the administrators maintain the comparison types (Vergleichstypen) and which Jobcenter
 * belongs to which type from which month; assignments never overlap (a new one ends the previous one).
 */
@ApplicationScoped
public class ComparisonTypeAdministration {

    @Inject
    ControllingRepository repository;

    @Inject
    JobcenterDirectory jobcenters;

    public List<ControllingViews.ComparisonTypeView> comparisonTypes(YearMonth month) {
        YearMonth asOf = month == null ? YearMonth.now() : month;
        return repository.comparisonTypes().stream().map(t -> typeView(t, asOf)).toList();
    }

    @Transactional
    @RequiresRole(Role.ADMIN)
    public ControllingViews.ComparisonTypeView saveComparisonType(String code, String name, YearMonth validFrom, YearMonth validTo,
                                                                  Long version) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        String trimmedCode = code == null ? "" : code.trim();
        if (!trimmedCode.matches("[A-Za-z0-9-]{1,10}")) {
            errors.add(new ValidationException.FieldError("code", Text.of("controlling.TYPE_CODE_INVALID")));
        }
        if (name == null || name.isBlank()) {
            errors.add(new ValidationException.FieldError("name", Text.of("controlling.TYPE_NAME_MISSING")));
        } else if (name.trim().length() > 200) {
            errors.add(new ValidationException.FieldError("name", Text.of("controlling.TYPE_NAME_TOO_LONG")));
        }
        if (validFrom == null) {
            errors.add(new ValidationException.FieldError("validFrom", Text.of("controlling.TYPE_START_MISSING")));
        } else if (validTo != null && validTo.isBefore(validFrom)) {
            errors.add(new ValidationException.FieldError("validTo", Text.of("controlling.TYPE_END_BEFORE_START", validTo, validFrom)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException("COMPARISON_TYPE_INVALID", errors);
        }
        ComparisonType type = repository.comparisonType(trimmedCode).orElse(null);
        if (type == null) {
            type = new ComparisonType(trimmedCode, name.trim(), validFrom, validTo);
            repository.add(type);
        } else {
            ConflictException.requireVersion(version, type.getVersion());
            type.change(name.trim(), validFrom, validTo);
        }
        repository.flush();
        return typeView(type, YearMonth.now());
    }

    @Transactional
    @RequiresRole(Role.ADMIN)
    public ControllingViews.ComparisonTypeView assignComparisonType(String code, String agencyNumber, YearMonth from) {
        ComparisonType type = comparisonTypeOrFail(code == null ? "" : code.trim());
        String agency = agencyNumber == null ? "" : agencyNumber.trim();
        if (jobcenters.find(agency).isEmpty()) {
            throw new ValidationException("JOBCENTER_UNKNOWN", "agencyNumber", Text.of("controlling.JOBCENTER_UNKNOWN", agency));
        }
        if (from == null) {
            throw new ValidationException("MONTH_MISSING", "from", Text.of("controlling.MONTH_MISSING.3"));
        }
        if (!type.validIn(from)) {
            throw new ValidationException("OUTSIDE_VALIDITY", "from", Text.of("controlling.OUTSIDE_VALIDITY", type.getCode(), from));
        }
        ComparisonMembership previous = null;
        ComparisonMembership next = null;
        for (ComparisonMembership m : repository.memberships(agency)) {
            if (m.getValidFrom().equals(from)) {
                throw new ValidationException("ASSIGNMENT_EXISTS", "from", Text.of("controlling.ASSIGNMENT_EXISTS", from, m.getTypeCode()));
            }
            if (m.getValidFrom().isBefore(from)) {
                previous = m;
            } else if (next == null) {
                next = m;
            }
        }
        if (previous != null && previous.getTypeCode().equals(type.getCode()) && previous.validIn(from)) {
            throw new ValidationException("ALREADY_ASSIGNED", "from", Text.of("controlling.ALREADY_ASSIGNED", from, type.getCode()));
        }
        if (previous != null && previous.validIn(from)) {
            previous.endBefore(from);
        }
        ComparisonMembership assignment = new ComparisonMembership(type.getCode(), agency, from);
        if (next != null) {
            assignment.endBefore(next.getValidFrom());
        }
        repository.add(assignment);
        repository.flush();
        return typeView(type, from);
    }

    @Transactional
    @RequiresRole(Role.ADMIN)
    public ControllingViews.ComparisonTypeView removeAssignment(String code, String agencyNumber, YearMonth from) {
        ComparisonType type = comparisonTypeOrFail(code == null ? "" : code.trim());
        String agency = agencyNumber == null ? "" : agencyNumber.trim();
        List<ComparisonMembership> memberships = repository.memberships(agency);
        ComparisonMembership removed = memberships.stream()
                .filter(m -> m.getTypeCode().equals(type.getCode()) && m.getValidFrom().equals(from)).findFirst()
                .orElseThrow(() -> new NotFoundException("ASSIGNMENT_NOT_FOUND", Text.of("controlling.ASSIGNMENT_NOT_FOUND", agency, from, type.getCode())));
        memberships.stream().filter(m -> m.getValidTo() != null && m.getValidTo().equals(from.minusMonths(1))).findFirst()
                .ifPresent(previous -> previous.runUntil(removed.getValidTo()));
        repository.remove(removed);
        repository.flush();
        return typeView(type, from);
    }

    /** @throws NotFoundException COMPARISON_TYPE_NOT_FOUND */
    public ComparisonType comparisonTypeOrFail(String code) {
        return repository.comparisonType(code)
                .orElseThrow(() -> new NotFoundException("COMPARISON_TYPE_NOT_FOUND", Text.of("controlling.COMPARISON_TYPE_NOT_FOUND", code)));
    }

    private ControllingViews.ComparisonTypeView typeView(ComparisonType type, YearMonth asOf) {
        List<ControllingViews.ComparisonMember> members = repository.membershipsOf(type.getCode()).stream()
                .filter(m -> m.validIn(asOf))
                .map(m -> new ControllingViews.ComparisonMember(m.getAgencyNumber(), jobcenterName(m.getAgencyNumber()), m.getValidFrom(), m.getValidTo()))
                .toList();
        return new ControllingViews.ComparisonTypeView(type.getCode(), type.getName(), type.getValidFrom(), type.getValidTo(),
                type.getVersion(), members);
    }

    private String jobcenterName(String agency) {
        return jobcenters.find(agency).map(JobcenterView::name).orElse(agency);
    }
}
