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

    /**
     * What the error rates need of the cases audited between two days (inclusive), read as columns: the overview
     * of a year reads hundreds of cases on every dashboard page. The agency must be one the caller may read.
     */
    List<CaseOutcome> caseOutcomes(AgencyNumber agency, LocalDate from, LocalDate to);

    /** One audited case as the error rates see it. */
    record CaseOutcome(Long areaId, LocalDate date, boolean faulty, java.math.BigDecimal financialImpact) {
    }

    List<Finding> findings(AgencyNumber agency);

    Optional<Finding> finding(Long id);

    List<CorrectiveAction> actions(AgencyNumber agency);

    Optional<CorrectiveAction> action(Long id);

    void add(Object entity);

    /** @throws de.leitstand.kernel.api.ConflictException {@code CONCURRENT_MODIFICATION} */
    void flush();
}
