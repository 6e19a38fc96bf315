package de.leitstand.reporting.application;

import de.leitstand.reporting.domain.PaperRepository.PublicConsultation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The URLs of one body's OParl objects below the base URL. Objects Leitstand has no id for (committees,
 * meetings, people) are named by the body's agency number and a short hash of their name, so their URL stays
 * the same from one request to the next.
 */
final class OParlIds {

    private final String base;
    private final String agency;

    OParlIds(String base, String agency) {
        this.base = base;
        this.agency = agency;
    }

    String system() {
        return base + "system";
    }

    String body() {
        return base + "body/" + agency;
    }

    String paper(Long paperId) {
        return base + "paper/" + paperId;
    }

    String consultation(Long paperId, int position) {
        return base + "consultation/" + paperId + "-" + position;
    }

    String agendaItem(Long paperId, int position) {
        return base + "agenda-item/" + paperId + "-" + position;
    }

    String file(Long documentId) {
        return base + "file/" + documentId;
    }

    /** One meeting per committee and day. */
    String meeting(PublicConsultation c) {
        return base + "meeting/" + agency + "-" + c.meetingDate().toString().replace("-", "") + "-" + hash(c.committee());
    }

    String organization(String committee) {
        return base + "organization/" + agency + "-" + hash(committee);
    }

    String person(String name) {
        return base + "person/" + agency + "-" + hash(name);
    }

    String term(String term) {
        return base + "legislative-term/" + agency + "-" + term;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
