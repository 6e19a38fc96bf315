package de.leitstand.reporting.domain;

import de.leitstand.kernel.api.AgencyNumber;

import java.util.List;
import java.util.Optional;

/** Committee papers and the bodies issuing them. */
public interface PaperRepository {

    List<Paper> papers(AgencyNumber agency);

    Optional<Paper> paper(Long id);

    Optional<PaperBody> body(AgencyNumber agency);

    /** Every body that has released a public paper, withdrawn or not (the OParl bodies). */
    List<PaperBody> publishingBodies();

    /**
     * A released public paper as OParl publishes it (read without a user, so never as a tenant's entity);
     * {@code withdrawnAt} set when it has been withdrawn since.
     */
    record PublicPaper(Long id, String agencyNumber, Paper.Type type, String reference, java.time.LocalDate date, String title,
                       Long documentId, java.time.Instant releasedAt, java.time.Instant withdrawnAt, String signatureName) {
    }

    /** A step of a public paper's Beratungsfolge; {@code meetingTime} null when not known. */
    record PublicConsultation(Long paperId, int position, java.time.LocalDate meetingDate, java.time.LocalTime meetingTime,
                              String committee, String role) {
    }

    /** The PDF of a public paper, without its bytes. */
    record PublicFile(Long documentId, Long paperId, String agencyNumber, String fileName, String mediaType, int size,
                      String sha512, java.time.Instant generatedAt) {
    }

    /** Released public papers of a body, withdrawn ones included, oldest first. */
    List<PublicPaper> publicPapers(String agencyNumber);

    /** The consultations of a body's released public papers, withdrawn ones included. */
    List<PublicConsultation> publicConsultations(String agencyNumber);

    /** The PDFs of a body's released public papers, withdrawn ones included. */
    List<PublicFile> publicFiles(String agencyNumber);

    /** The bytes of the PDF of a released public paper that has not been withdrawn. */
    Optional<byte[]> publicFileContent(Long documentId);

    void add(Object entity);

    /** @throws de.leitstand.kernel.api.ConflictException {@code CONCURRENT_MODIFICATION} */
    void flush();
}
