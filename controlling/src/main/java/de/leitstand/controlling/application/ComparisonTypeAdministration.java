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
            errors.add(new ValidationException.FieldError("code", "Das Kürzel muss 1 bis 10 Buchstaben, Ziffern oder Bindestriche haben (z. B. „IIIb“)."));
        }
        if (name == null || name.isBlank()) {
            errors.add(new ValidationException.FieldError("name", "Bitte geben Sie die Bezeichnung des Vergleichstyps an."));
        } else if (name.trim().length() > 200) {
            errors.add(new ValidationException.FieldError("name", "Die Bezeichnung darf höchstens 200 Zeichen haben."));
        }
        if (validFrom == null) {
            errors.add(new ValidationException.FieldError("validFrom", "Bitte geben Sie an, ab welchem Monat der Vergleichstyp gilt."));
        } else if (validTo != null && validTo.isBefore(validFrom)) {
            errors.add(new ValidationException.FieldError("validTo", "Das Ende (" + validTo + ") liegt vor dem Beginn (" + validFrom + ")."));
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
            throw new ValidationException("JOBCENTER_UNKNOWN", "agencyNumber", "Ein Jobcenter mit der Trägernummer „" + agency + "“ gibt es nicht.");
        }
        if (from == null) {
            throw new ValidationException("MONTH_MISSING", "from", "Bitte geben Sie an, ab welchem Monat die Zuordnung gilt (JJJJ-MM).");
        }
        if (!type.validIn(from)) {
            throw new ValidationException("OUTSIDE_VALIDITY", "from", "Der Vergleichstyp " + type.getCode() + " gilt im Monat " + from + " nicht.");
        }
        ComparisonMembership previous = null;
        ComparisonMembership next = null;
        for (ComparisonMembership m : repository.memberships(agency)) {
            if (m.getValidFrom().equals(from)) {
                throw new ValidationException("ASSIGNMENT_EXISTS", "from", "Das Jobcenter ist ab " + from
                        + " bereits dem Vergleichstyp " + m.getTypeCode() + " zugeordnet.");
            }
            if (m.getValidFrom().isBefore(from)) {
                previous = m;
            } else if (next == null) {
                next = m;
            }
        }
        if (previous != null && previous.getTypeCode().equals(type.getCode()) && previous.validIn(from)) {
            throw new ValidationException("ALREADY_ASSIGNED", "from", "Das Jobcenter gehört im Monat " + from + " bereits zum Vergleichstyp " + type.getCode() + ".");
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
                .orElseThrow(() -> new NotFoundException("ASSIGNMENT_NOT_FOUND", "Das Jobcenter " + agency + " ist nicht ab " + from
                        + " dem Vergleichstyp " + type.getCode() + " zugeordnet."));
        memberships.stream().filter(m -> m.getValidTo() != null && m.getValidTo().equals(from.minusMonths(1))).findFirst()
                .ifPresent(previous -> previous.runUntil(removed.getValidTo()));
        repository.remove(removed);
        repository.flush();
        return typeView(type, from);
    }

    /** @throws NotFoundException COMPARISON_TYPE_NOT_FOUND */
    public ComparisonType comparisonTypeOrFail(String code) {
        return repository.comparisonType(code)
                .orElseThrow(() -> new NotFoundException("COMPARISON_TYPE_NOT_FOUND", "Einen Vergleichstyp „" + code + "“ gibt es nicht."));
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
