package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.QualityStandard;
import de.leitstand.controlling.domain.QualityValue;
import de.leitstand.controlling.domain.ReviewDialogue;
import de.leitstand.controlling.domain.SteeringAction;
import de.leitstand.controlling.domain.SteeringRepository;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaSteeringRepository implements SteeringRepository {

    @PersistenceContext(unitName = "controlling")
    EntityManager em;

    @Override
    public List<QualityStandard> standards(AgencyNumber agency) {
        return em.createQuery("SELECT s FROM QualityStandard s WHERE s.agencyNumber = :agency ORDER BY s.kind, s.code", QualityStandard.class)
                .setParameter("agency", agency.value()).getResultList();
    }

    @Override
    public Optional<QualityStandard> standard(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(QualityStandard.class, id));
    }

    @Override
    public List<QualityValue> qualityValues(AgencyNumber agency, YearMonth from, YearMonth to) {
        return em.createQuery("SELECT v FROM QualityValue v WHERE v.agencyNumber = :agency AND v.month BETWEEN :from AND :to"
                        + " ORDER BY v.month", QualityValue.class)
                .setParameter("agency", agency.value()).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Optional<QualityValue> qualityValue(Long standardId, YearMonth month) {
        return em.createQuery("SELECT v FROM QualityValue v WHERE v.standardId = :standard AND v.month = :month", QualityValue.class)
                .setParameter("standard", standardId).setParameter("month", month).getResultStream().findFirst();
    }

    @Override
    public List<ReviewDialogue> reviews(AgencyNumber agency) {
        return em.createQuery("SELECT r FROM ReviewDialogue r WHERE r.agencyNumber = :agency ORDER BY r.heldOn DESC, r.id DESC",
                ReviewDialogue.class).setParameter("agency", agency.value()).getResultList();
    }

    @Override
    public Optional<ReviewDialogue> review(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ReviewDialogue.class, id));
    }

    @Override
    public List<SteeringAction> steeringActions(AgencyNumber agency) {
        return em.createQuery("SELECT a FROM SteeringAction a WHERE a.agencyNumber = :agency ORDER BY a.dueDate, a.id", SteeringAction.class)
                .setParameter("agency", agency.value()).getResultList();
    }

    @Override
    public Optional<SteeringAction> steeringAction(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(SteeringAction.class, id));
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
