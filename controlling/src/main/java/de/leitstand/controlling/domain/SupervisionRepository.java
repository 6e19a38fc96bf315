package de.leitstand.controlling.domain;

import de.leitstand.kernel.api.AgencyNumber;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The Fachaufsicht's records of one Jobcenter. Loads are guarded by tenancy (TenantOwnedEntity). */
public interface SupervisionRepository {

    List<AuditArea> areas(AgencyNumber agency);

    Optional<AuditArea> area(Long id);

    List<AuditPlanLine> plan(AgencyNumber agency, int year);

    Optional<AuditPlanLine> planLine(AgencyNumber agency, int year, Long areaId);

    /** Cases audited between two days (inclusive), newest first. */
    List<AuditCase> cases(AgencyNumber agency, LocalDate from, LocalDate to);

    List<Finding> findings(AgencyNumber agency);

    Optional<Finding> finding(Long id);

    List<CorrectiveAction> actions(AgencyNumber agency);

    Optional<CorrectiveAction> action(Long id);

    void add(Object entity);

    /** @throws de.leitstand.kernel.api.ConflictException {@code CONCURRENT_MODIFICATION} */
    void flush();
}
