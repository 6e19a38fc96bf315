package de.leitstand.reporting.domain;

import de.leitstand.kernel.api.AgencyNumber;

import java.util.List;
import java.util.Optional;

/** Committee papers and the bodies issuing them. */
public interface PaperRepository {

    List<Paper> papers(AgencyNumber agency);

    Optional<Paper> paper(Long id);

    Optional<PaperBody> body(AgencyNumber agency);

    /** Every body that has released a public paper (the OParl bodies). */
    List<PaperBody> publishingBodies();

    /** A released public paper as OParl publishes it (read without a user, so never as a tenant's entity). */
    record PublicPaper(Long id, String agencyNumber, Paper.Type type, String reference, java.time.LocalDate date, String title,
                       Long documentId, java.time.Instant releasedAt) {
    }

    /** A step of a public paper's Beratungsfolge. */
    record PublicConsultation(Long paperId, int position, java.time.LocalDate meetingDate, String committee, String role) {
    }

    /** The PDF of a public paper, without or with its bytes. */
    record PublicFile(Long documentId, Long paperId, String agencyNumber, String fileName, String mediaType, int size,
                      String sha512, java.time.Instant generatedAt) {
    }

    /** Released public papers of a body (all bodies when null), oldest first. */
    List<PublicPaper> publicPapers(String agencyNumber);

    Optional<PublicPaper> publicPaper(Long id);

    /** The consultations of public papers of a body (all when null). */
    List<PublicConsultation> publicConsultations(String agencyNumber);

    Optional<PublicFile> publicFile(Long documentId);

    Optional<byte[]> publicFileContent(Long documentId);

    void add(Object entity);

    /** @throws de.leitstand.kernel.api.ConflictException {@code CONCURRENT_MODIFICATION} */
    void flush();
}
