package de.leitstand.reporting.infrastructure;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.reporting.domain.Paper;
import de.leitstand.reporting.domain.PaperBody;
import de.leitstand.reporting.domain.PaperRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaPaperRepository implements PaperRepository {

    private static final String PUBLIC = "p.state = :released AND p.publicPaper = :public";

    /** Binds the parameters of {@link #PUBLIC}. */
    private static <T> jakarta.persistence.TypedQuery<T> onlyPublic(jakarta.persistence.TypedQuery<T> query) {
        return query.setParameter("released", Paper.State.FREIGEGEBEN).setParameter("public", Boolean.TRUE);
    }

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Override
    public List<Paper> papers(AgencyNumber agency) {
        return em.createQuery("SELECT p FROM Paper p WHERE p.agencyNumber = :agency ORDER BY p.date DESC, p.id DESC", Paper.class)
                .setParameter("agency", agency.value()).getResultList();
    }

    @Override
    public Optional<Paper> paper(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Paper.class, id));
    }

    @Override
    public Optional<PaperBody> body(AgencyNumber agency) {
        return Optional.ofNullable(em.find(PaperBody.class, agency.value()));
    }

    @Override
    public List<PaperBody> publishingBodies() {
        // two steps: EclipseLink inlines a boolean in a subquery as 1, which H2 refuses to compare
        List<String> agencies = onlyPublic(em.createQuery("SELECT DISTINCT p.agencyNumber FROM Paper p WHERE " + PUBLIC, String.class))
                .getResultList();
        return agencies.isEmpty() ? List.of() : em.createQuery("SELECT b FROM PaperBody b WHERE b.agencyNumber IN :agencies"
                + " ORDER BY b.agencyNumber", PaperBody.class).setParameter("agencies", agencies).getResultList();
    }

    @Override
    public List<PublicPaper> publicPapers(String agencyNumber) {
        var query = em.createQuery("SELECT NEW de.leitstand.reporting.domain.PaperRepository.PublicPaper(p.id, p.agencyNumber, p.type, p.reference,"
                        + " p.date, p.title, p.documentId, p.releasedAt) FROM Paper p WHERE " + PUBLIC
                        + (agencyNumber == null ? "" : " AND p.agencyNumber = :agency") + " ORDER BY p.id", PublicPaper.class);
        onlyPublic(query);
        if (agencyNumber != null) {
            query.setParameter("agency", agencyNumber);
        }
        return query.getResultList();
    }

    @Override
    public Optional<PublicPaper> publicPaper(Long id) {
        return em.createQuery("SELECT NEW de.leitstand.reporting.domain.PaperRepository.PublicPaper(p.id, p.agencyNumber, p.type, p.reference,"
                        + " p.date, p.title, p.documentId, p.releasedAt) FROM Paper p WHERE p.id = :id AND " + PUBLIC, PublicPaper.class)
                .setParameter("id", id).setParameter("released", Paper.State.FREIGEGEBEN).setParameter("public", Boolean.TRUE)
                .getResultStream().findFirst();
    }

    @Override
    public List<PublicConsultation> publicConsultations(String agencyNumber) {
        var query = em.createQuery("SELECT NEW de.leitstand.reporting.domain.PaperRepository.PublicConsultation(p.id, c.position, c.meetingDate,"
                        + " c.committee, c.role) FROM Paper p JOIN p.consultations c WHERE " + PUBLIC
                        + (agencyNumber == null ? "" : " AND p.agencyNumber = :agency") + " ORDER BY c.meetingDate, p.id, c.position",
                PublicConsultation.class);
        onlyPublic(query);
        if (agencyNumber != null) {
            query.setParameter("agency", agencyNumber);
        }
        return query.getResultList();
    }

    @Override
    public Optional<PublicFile> publicFile(Long documentId) {
        return em.createQuery("SELECT NEW de.leitstand.reporting.domain.PaperRepository.PublicFile(d.id, p.id, p.agencyNumber, d.fileName,"
                        + " d.mediaType, d.size, d.sha512, d.generatedAt) FROM GeneratedDocument d, Paper p WHERE d.id = :id"
                        + " AND p.documentId = d.id AND " + PUBLIC, PublicFile.class)
                .setParameter("id", documentId).setParameter("released", Paper.State.FREIGEGEBEN).setParameter("public", Boolean.TRUE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<byte[]> publicFileContent(Long documentId) {
        return em.createQuery("SELECT d.content FROM GeneratedDocument d, Paper p WHERE d.id = :id AND p.documentId = d.id AND " + PUBLIC,
                byte[].class).setParameter("id", documentId).setParameter("released", Paper.State.FREIGEGEBEN).setParameter("public", Boolean.TRUE)
                .getResultStream().findFirst();
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
