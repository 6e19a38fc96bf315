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

    /** Released and public; withdrawn papers included (OParl publishes them as deleted). */
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
        return onlyPublic(em.createQuery("SELECT NEW de.leitstand.reporting.domain.PaperRepository.PublicPaper(p.id, p.agencyNumber, p.type,"
                        + " p.reference, p.date, p.title, p.documentId, p.releasedAt, p.withdrawnAt, p.signatureName) FROM Paper p WHERE " + PUBLIC
                        + " AND p.agencyNumber = :agency ORDER BY p.id", PublicPaper.class))
                .setParameter("agency", agencyNumber).getResultList();
    }

    @Override
    public List<PublicConsultation> publicConsultations(String agencyNumber) {
        return onlyPublic(em.createQuery("SELECT NEW de.leitstand.reporting.domain.PaperRepository.PublicConsultation(p.id, c.position,"
                        + " c.meetingDate, c.meetingTime, c.committee, c.role) FROM Paper p JOIN p.consultations c WHERE " + PUBLIC
                        + " AND p.agencyNumber = :agency ORDER BY c.meetingDate, p.id, c.position", PublicConsultation.class))
                .setParameter("agency", agencyNumber).getResultList();
    }

    @Override
    public List<PublicFile> publicFiles(String agencyNumber) {
        return onlyPublic(em.createQuery("SELECT NEW de.leitstand.reporting.domain.PaperRepository.PublicFile(d.id, p.id, p.agencyNumber,"
                        + " d.fileName, d.mediaType, d.size, d.sha512, d.generatedAt) FROM GeneratedDocument d, Paper p WHERE p.documentId = d.id"
                        + " AND p.agencyNumber = :agency AND " + PUBLIC + " ORDER BY d.id", PublicFile.class))
                .setParameter("agency", agencyNumber).getResultList();
    }

    @Override
    public Optional<byte[]> publicFileContent(Long documentId) {
        return onlyPublic(em.createQuery("SELECT d.content FROM GeneratedDocument d, Paper p WHERE d.id = :id AND p.documentId = d.id AND "
                        + PUBLIC + " AND p.withdrawnAt IS NULL", byte[].class))
                .setParameter("id", documentId).getResultStream().findFirst();
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
