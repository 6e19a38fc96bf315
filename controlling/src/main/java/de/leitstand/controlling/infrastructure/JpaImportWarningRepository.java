package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.ImportBatch;
import de.leitstand.controlling.domain.ImportWarning;
import de.leitstand.controlling.domain.ImportWarningRepository;
import de.leitstand.kernel.api.AgencyNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaImportWarningRepository implements ImportWarningRepository {

    @PersistenceContext(unitName = "controlling")
    EntityManager em;

    @Override
    public void add(ImportWarning warning) {
        em.persist(warning);
    }

    @Override
    public List<ImportWarning> warnings(long importId) {
        return em.createQuery("SELECT w FROM ImportWarning w WHERE w.importId = :id ORDER BY w.id", ImportWarning.class)
                .setParameter("id", importId).getResultList();
    }

    @Override
    public List<ImportBatch> recentBatches(int max, Optional<AgencyNumber> restriction) {
        // the batch names the Jobcenters of its file ("03504, 26706"): five digits never occur inside another number
        var query = em.createQuery("SELECT b FROM ImportBatch b" + (restriction.isPresent() ? " WHERE b.jobcenters LIKE :agency" : "")
                + " ORDER BY b.importedAt DESC, b.id DESC", ImportBatch.class).setMaxResults(max);
        restriction.ifPresent(agency -> query.setParameter("agency", "%" + agency.value() + "%"));
        return query.getResultList();
    }

    @Override
    public Optional<ImportBatch> batch(long id) {
        return Optional.ofNullable(em.find(ImportBatch.class, id));
    }

    @Override
    public long count(long importId) {
        return em.createQuery("SELECT COUNT(w) FROM ImportWarning w WHERE w.importId = :id", Long.class).setParameter("id", importId)
                .getSingleResult();
    }
}
