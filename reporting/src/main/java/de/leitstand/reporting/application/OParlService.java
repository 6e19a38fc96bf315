package de.leitstand.reporting.application;

import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.reporting.api.OParlApi;
import de.leitstand.reporting.api.ReportingViews;
import de.leitstand.reporting.domain.PaperBody;
import de.leitstand.reporting.domain.PaperRepository;
import de.leitstand.reporting.domain.PaperRepository.PublicConsultation;
import de.leitstand.reporting.domain.PaperRepository.PublicFile;
import de.leitstand.reporting.domain.PaperRepository.PublicPaper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OParl 1.1 objects of the released public papers. Committees (Organization) and meetings (Meeting) are
 * derived from the papers' Beratungsfolge: one organization per committee name, one meeting per committee
 * and date. Lists are single pages (OParl's pagination object with one page).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OParlService implements OParlApi {

    static final String SCHEMA = "https://schema.oparl.org/1.1/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Inject
    PaperRepository papers;

    @Inject
    JobcenterDirectory jobcenters;

    @Override
    public Optional<JsonObject> get(String base, String path) {
        String[] p = path.replaceAll("^/+|/+$", "").split("/");
        try {
            return switch (p.length) {
                case 1 -> switch (p[0]) {
                    case "system" -> Optional.of(system(base));
                    case "bodies" -> Optional.of(list(papers.publishingBodies().stream().map(b -> body(base, b)).toList()));
                    default -> Optional.empty();
                };
                case 2 -> switch (p[0]) {
                    case "body" -> papers.publishingBodies().stream().filter(b -> b.getAgencyNumber().value().equals(p[1])).findFirst()
                            .map(b -> body(base, b));
                    case "paper" -> papers.publicPaper(Long.parseLong(p[1])).map(x -> paper(base, x));
                    case "file" -> papers.publicFile(Long.parseLong(p[1])).map(f -> file(base, f));
                    case "organization" -> organizations(base, agencyOf(p[1])).stream().filter(o -> o.getString("id").endsWith("/" + p[1])).findFirst();
                    case "meeting" -> meetings(base, agencyOf(p[1])).stream().filter(m -> m.getString("id").endsWith("/" + p[1])).findFirst();
                    case "consultation" -> consultationById(base, p[1]);
                    default -> Optional.empty();
                };
                case 3 -> "body".equals(p[0]) && isPublishing(p[1]) ? switch (p[2]) {
                    case "organizations" -> Optional.of(list(organizations(base, p[1])));
                    case "meetings" -> Optional.of(list(meetings(base, p[1])));
                    case "papers" -> Optional.of(list(papers.publicPapers(p[1]).stream().map(x -> paper(base, x)).toList()));
                    case "people" -> Optional.of(list(List.of()));
                    default -> Optional.empty();
                } : Optional.empty();
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<ReportingViews.DocumentContent> download(long fileId) {
        Optional<PublicFile> file = papers.publicFile(fileId);
        return file.flatMap(f -> papers.publicFileContent(fileId).map(bytes -> new ReportingViews.DocumentContent(f.fileName(), f.mediaType(), bytes)));
    }

    private boolean isPublishing(String agency) {
        return papers.publishingBodies().stream().anyMatch(b -> b.getAgencyNumber().value().equals(agency));
    }

    private static String agencyOf(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    private JsonObject system(String base) {
        return Json.createObjectBuilder().add("id", base + "system").add("type", SCHEMA + "System").add("oparlVersion", SCHEMA)
                .add("body", base + "bodies").add("name", "Leitstand – Vorlagen der Jobcenter").add("product", "Leitstand")
                .add("website", base.replaceAll("oparl/v1\\.1/$", "")).build();
    }

    private JsonObject body(String base, PaperBody body) {
        String id = base + "body/" + body.getAgencyNumber().value();
        return Json.createObjectBuilder().add("id", id).add("type", SCHEMA + "Body").add("system", base + "system")
                .add("name", body.getName()).add("shortName", body.getOffice())
                .add("organization", id + "/organizations").add("person", id + "/people").add("meeting", id + "/meetings")
                .add("paper", id + "/papers")
                .add("legislativeTerm", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", id + "/legislative-term/" + body.getElectoralTerm())
                        .add("type", SCHEMA + "LegislativeTerm").add("body", id).add("name", "Wahlperiode " + body.getElectoralTerm())))
                .build();
    }

    private JsonObject paper(String base, PublicPaper p) {
        JsonObjectBuilder paper = Json.createObjectBuilder().add("id", base + "paper/" + p.id()).add("type", SCHEMA + "Paper")
                .add("body", base + "body/" + p.agencyNumber()).add("name", p.title()).add("reference", p.reference())
                .add("date", p.date().toString()).add("paperType", p.type().label());
        JsonArrayBuilder consultations = Json.createArrayBuilder();
        papers.publicConsultations(p.agencyNumber()).stream().filter(c -> c.paperId().equals(p.id()))
                .forEach(c -> consultations.add(consultation(base, p.agencyNumber(), c)));
        paper.add("consultation", consultations);
        papers.publicFile(p.documentId()).ifPresent(f -> paper.add("mainFile", file(base, f)));
        paper.add("created", stamp(p.releasedAt())).add("modified", stamp(p.releasedAt()));
        return paper.build();
    }

    private JsonObject consultation(String base, String agency, PublicConsultation c) {
        return Json.createObjectBuilder().add("id", base + "consultation/" + c.paperId() + "-" + c.position()).add("type", SCHEMA + "Consultation")
                .add("paper", base + "paper/" + c.paperId()).add("meeting", base + "meeting/" + meetingId(agency, c))
                .add("organization", Json.createArrayBuilder().add(base + "organization/" + organizationId(agency, c.committee())))
                .add("role", c.role()).add("authoritative", c.role().toLowerCase().contains("entscheidung")).build();
    }

    private Optional<JsonObject> consultationById(String base, String id) {
        int dash = id.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        long paperId = Long.parseLong(id.substring(0, dash));
        int position = Integer.parseInt(id.substring(dash + 1));
        return papers.publicPaper(paperId).flatMap(p -> papers.publicConsultations(p.agencyNumber()).stream()
                .filter(c -> c.paperId() == paperId && c.position() == position).findFirst().map(c -> consultation(base, p.agencyNumber(), c)));
    }

    private JsonObject file(String base, PublicFile f) {
        return Json.createObjectBuilder().add("id", base + "file/" + f.documentId()).add("type", SCHEMA + "File")
                .add("name", f.fileName()).add("fileName", f.fileName()).add("mimeType", f.mediaType()).add("size", f.size())
                .add("sha512Checksum", f.sha512()).add("date", f.generatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString())
                .add("accessUrl", base + "file/" + f.documentId() + "/download").add("downloadUrl", base + "file/" + f.documentId() + "/download")
                .add("paper", Json.createArrayBuilder().add(base + "paper/" + f.paperId())).add("created", stamp(f.generatedAt())).build();
    }

    private List<JsonObject> organizations(String base, String agency) {
        Map<String, List<PublicConsultation>> byCommittee = new LinkedHashMap<>();
        papers.publicConsultations(agency).forEach(c -> byCommittee.computeIfAbsent(c.committee(), k -> new ArrayList<>()).add(c));
        List<JsonObject> result = new ArrayList<>();
        byCommittee.forEach((committee, consultations) -> result.add(Json.createObjectBuilder()
                .add("id", base + "organization/" + organizationId(agency, committee)).add("type", SCHEMA + "Organization")
                .add("body", base + "body/" + agency).add("name", committee).add("organizationType", "Gremium")
                .add("classification", committee.startsWith("Ausschuss") ? "Ausschuss" : "Gremium").build()));
        return result;
    }

    private List<JsonObject> meetings(String base, String agency) {
        Map<String, PublicConsultation> byMeeting = new LinkedHashMap<>();
        papers.publicConsultations(agency).forEach(c -> byMeeting.putIfAbsent(meetingId(agency, c), c));
        List<JsonObject> result = new ArrayList<>();
        byMeeting.forEach((id, c) -> result.add(Json.createObjectBuilder().add("id", base + "meeting/" + id).add("type", SCHEMA + "Meeting")
                .add("name", c.committee() + " am " + c.meetingDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .add("start", c.meetingDate().atStartOfDay(ZoneOffset.UTC).format(STAMP))
                .add("organization", Json.createArrayBuilder().add(base + "organization/" + organizationId(agency, c.committee())))
                .build()));
        return result;
    }

    private static String meetingId(String agency, PublicConsultation c) {
        return agency + "-" + c.meetingDate().toString().replace("-", "") + "-" + hash(c.committee());
    }

    private static String organizationId(String agency, String committee) {
        return agency + "-" + hash(committee);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).format(STAMP);
    }

    /** A list page: all elements on one page. */
    static JsonObject list(List<JsonObject> data) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        data.forEach(array::add);
        return Json.createObjectBuilder().add("data", array)
                .add("pagination", Json.createObjectBuilder().add("totalElements", data.size()).add("elementsPerPage", Math.max(1, data.size()))
                        .add("currentPage", 1).add("totalPages", 1))
                .add("links", Json.createObjectBuilder()).build();
    }

}
