package de.leitstand.reporting.infrastructure;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.reporting.domain.DocumentRepository;
import de.leitstand.reporting.domain.GeneratedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Override
    public List<GeneratedDocument> documents(AgencyNumber agency) {
        return em.createQuery("SELECT d FROM GeneratedDocument d WHERE d.agencyNumber = :agency ORDER BY d.generatedAt DESC, d.id DESC",
                GeneratedDocument.class).setParameter("agency", agency.value()).getResultList();
    }

    @Override
    public Optional<GeneratedDocument> document(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(GeneratedDocument.class, id));
    }

    @Override
    public void add(GeneratedDocument document) {
        em.persist(document);
        em.flush();
    }
}
