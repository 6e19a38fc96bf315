package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.AuditArea;
import de.leitstand.controlling.domain.AuditCase;
import de.leitstand.controlling.domain.AuditPlanLine;
import de.leitstand.controlling.domain.CorrectiveAction;
import de.leitstand.controlling.domain.Finding;
import de.leitstand.controlling.domain.SupervisionRepository;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaSupervisionRepository implements SupervisionRepository {

    @PersistenceContext(unitName = "controlling")
    EntityManager em;

    @Override
    public List<AuditArea> areas(AgencyNumber agency) {
        return em.createQuery("SELECT a FROM AuditArea a WHERE a.agencyNumber = :agency ORDER BY a.code", AuditArea.class)
                .setParameter("agency", agency.value()).getResultList();
    }

    @Override
    public Optional<AuditArea> area(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(AuditArea.class, id));
    }

    @Override
    public List<AuditPlanLine> plan(AgencyNumber agency, int year) {
        return em.createQuery("SELECT p FROM AuditPlanLine p WHERE p.agencyNumber = :agency AND p.year = :year ORDER BY p.riskScore DESC, p.id",
                AuditPlanLine.class).setParameter("agency", agency.value()).setParameter("year", year).getResultList();
    }

    @Override
    public Optional<AuditPlanLine> planLine(AgencyNumber agency, int year, Long areaId) {
        return em.createQuery("SELECT p FROM AuditPlanLine p WHERE p.agencyNumber = :agency AND p.year = :year AND p.areaId = :area",
                        AuditPlanLine.class).setParameter("agency", agency.value()).setParameter("year", year)
                .setParameter("area", areaId).getResultStream().findFirst();
    }

    @Override
    public List<AuditCase> cases(AgencyNumber agency, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT c FROM AuditCase c WHERE c.agencyNumber = :agency AND c.date BETWEEN :from AND :to"
                        + " ORDER BY c.date DESC, c.id DESC", AuditCase.class)
                .setParameter("agency", agency.value()).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<CaseOutcome> caseOutcomes(AgencyNumber agency, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT c.areaId, c.date, c.faulty, c.financialImpact FROM AuditCase c WHERE c.agencyNumber = :agency"
                        + " AND c.date BETWEEN :from AND :to", Object[].class)
                .setParameter("agency", agency.value()).setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new CaseOutcome((Long) r[0], (LocalDate) r[1], (Boolean) r[2], (java.math.BigDecimal) r[3])).toList();
    }

    @Override
    public List<Finding> findings(AgencyNumber agency) {
        return em.createQuery("SELECT f FROM Finding f WHERE f.agencyNumber = :agency ORDER BY f.foundOn DESC, f.id DESC", Finding.class)
                .setParameter("agency", agency.value()).getResultList();
    }

    @Override
    public Optional<Finding> finding(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Finding.class, id));
    }

    @Override
    public List<CorrectiveAction> actions(AgencyNumber agency) {
        return em.createQuery("SELECT a FROM CorrectiveAction a WHERE a.agencyNumber = :agency ORDER BY a.dueDate, a.id",
                CorrectiveAction.class).setParameter("agency", agency.value()).getResultList();
    }

    @Override
    public Optional<CorrectiveAction> action(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(CorrectiveAction.class, id));
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.concurrentModification();
        }
    }
}
