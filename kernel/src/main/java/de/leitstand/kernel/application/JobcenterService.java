package de.leitstand.kernel.application;

import de.leitstand.kernel.api.InputValidation;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterProfileChange;
import de.leitstand.kernel.api.JobcenterPlacementChange;
import de.leitstand.kernel.api.SupervisoryLevel;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Page;
import de.leitstand.kernel.api.PageRequest;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.Capabilities;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.kernel.domain.Jobcenter;
import de.leitstand.kernel.domain.JobcenterProfile;
import de.leitstand.kernel.domain.JobcenterRepository;
import de.leitstand.kernel.domain.JobcenterType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

@ApplicationScoped
public class JobcenterService implements JobcenterDirectory {

    @Inject
    JobcenterRepository repository;

    @Inject
    KernelMapper mapper;

    @Inject
    Tenancy tenancy;

    @Inject
    InputValidation validation;

    @Inject
    Caller caller;

    @Override
    public JobcenterRights rights(String agencyNumber) {
        return new JobcenterRights(Capabilities.may(caller, JobcenterService.class, "updateProfile")
                && tenancy.mayAccess(AgencyNumber.of(agencyNumber)), Capabilities.may(caller, JobcenterService.class, "updatePlacement"));
    }

    @Override
    public Page<JobcenterView> search(String text, String type, PageRequest page) {
        JobcenterType parsedType = parseType(type);
        var rows = repository.search(text, parsedType, page.offset(), page.size());
        return new Page<>(rows.stream().map(mapper::toView).toList(), page.page(), page.size(),
                repository.count(text, parsedType));
    }

    private static JobcenterType parseType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return JobcenterType.fromCode(type.trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("JOBCENTER_TYPE_INVALID", "type",
                    Text.of("kernel.JOBCENTER_TYPE_INVALID", type));
        }
    }

    @Override
    public Optional<JobcenterView> find(String agencyNumber) {
        if (!AgencyNumber.isValid(agencyNumber)) {
            return Optional.empty();
        }
        return repository.find(new AgencyNumber(agencyNumber)).map(mapper::toView);
    }

    @Override
    public JobcenterView get(String agencyNumber) {
        return find(agencyNumber).orElseThrow(() -> notFound(agencyNumber));
    }

    @Override
    @Transactional
    @RequiresRole({Role.ADMIN, Role.GESCHAEFTSFUEHRUNG})
    public JobcenterView updateProfile(String agencyNumber, JobcenterProfileChange change) {
        AgencyNumber agency = AgencyNumber.of(agencyNumber);
        tenancy.checkAccess(agency);
        validation.check(change, "JOBCENTER_PROFILE_INVALID");
        Jobcenter jobcenter = repository.find(agency).orElseThrow(() -> notFound(agencyNumber));
        if (jobcenter.getVersion() != change.version()) {
            throw ConflictException.concurrentModification();
        }
        jobcenter.updateProfile(new JobcenterProfile(blankToNull(change.managingDirector()),
                blankToNull(change.street()), blankToNull(change.postalCode()), blankToNull(change.city()),
                blankToNull(change.email()), blankToNull(change.phone()), blankToNull(change.website())));
        repository.flush();
        return mapper.toView(jobcenter);
    }

    @Override
    @Transactional
    @RequiresRole(Role.ADMIN)
    public JobcenterView updatePlacement(String agencyNumber, JobcenterPlacementChange change) {
        AgencyNumber agency = AgencyNumber.of(agencyNumber);
        validation.check(change, "JOBCENTER_PLACEMENT_INVALID");
        Jobcenter jobcenter = repository.find(agency).orElseThrow(() -> notFound(agencyNumber));
        if (jobcenter.getVersion() != change.version()) {
            throw ConflictException.concurrentModification();
        }
        try {
            jobcenter.placeIn(change.land(), change.regionalDirectorate());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("PLACEMENT_INCONSISTENT", "regionalDirectorate", jobcenter.getType() == JobcenterType.GE
                    ? Text.of("kernel.PLACEMENT_INCONSISTENT_GE", change.land().regionaldirektion().germanName())
                    : Text.of("kernel.PLACEMENT_INCONSISTENT_ZKT"));
        }
        repository.flush();
        return mapper.toView(jobcenter);
    }

    @Override
    public java.util.List<JobcenterView> supervisedBy(SupervisoryLevel level) {
        return repository.supervisedBy(level).stream().map(mapper::toView).toList();
    }

    @Override
    public long count() {
        return repository.count(null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static NotFoundException notFound(String agencyNumber) {
        return new NotFoundException("JOBCENTER_NOT_FOUND",
                Text.of("kernel.JOBCENTER_NOT_FOUND", agencyNumber));
    }
}
