package de.leitstand.kernel.infrastructure;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.QueryFilter;
import de.leitstand.kernel.domain.Jobcenter;
import de.leitstand.kernel.domain.JobcenterRepository;
import de.leitstand.kernel.domain.JobcenterType;
import jakarta.enterprise.context.ApplicationScoped;
import de.leitstand.kernel.api.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaJobcenterRepository implements JobcenterRepository {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Override
    public Optional<Jobcenter> find(AgencyNumber agencyNumber) {
        return Optional.ofNullable(em.find(Jobcenter.class, agencyNumber.value()));
    }

    @Override
    public List<Jobcenter> search(String text, JobcenterType type, int offset, int limit) {
        return filter(text, type).query(em, "SELECT j FROM Jobcenter j", "j.name, j.agencyNumber", Jobcenter.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String text, JobcenterType type) {
        return filter(text, type).query(em, "SELECT COUNT(j) FROM Jobcenter j", null, Long.class).getSingleResult();
    }

    private static QueryFilter filter(String text, JobcenterType type) {
        return new QueryFilter().containsIgnoreCase(text, "j.name", "j.agencyNumber").and("j.type = :type", "type", type);
    }

    @Override
    public void add(Jobcenter jobcenter) {
        em.persist(jobcenter);
    }

    @Override
    public List<Jobcenter> all() {
        return em.createQuery("SELECT j FROM Jobcenter j", Jobcenter.class).getResultList();
    }

    @Override
    public List<Jobcenter> supervisedBy(de.leitstand.kernel.api.SupervisoryLevel level) {
        return em.createQuery(level.kind() == de.leitstand.kernel.api.SupervisoryLevel.Kind.REGIONALDIREKTION
                        ? "SELECT j FROM Jobcenter j WHERE j.type = :type AND j.regionalDirectorate = :code ORDER BY j.name, j.agencyNumber"
                        : "SELECT j FROM Jobcenter j WHERE j.type = :type AND j.land = :code ORDER BY j.name, j.agencyNumber", Jobcenter.class)
                .setParameter("type", level.kind() == de.leitstand.kernel.api.SupervisoryLevel.Kind.REGIONALDIREKTION
                        ? JobcenterType.GE : JobcenterType.ZKT)
                .setParameter("code", level.kind() == de.leitstand.kernel.api.SupervisoryLevel.Kind.REGIONALDIREKTION
                        ? de.leitstand.kernel.api.Regionaldirektion.valueOf(level.code())
                        : (Object) de.leitstand.kernel.api.Land.valueOf(level.code()))
                .getResultList();
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
