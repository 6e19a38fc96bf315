package de.leitstand.reporting.application;

import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.reporting.domain.PaperBody;
import de.leitstand.reporting.domain.PaperRepository.PublicConsultation;
import de.leitstand.reporting.domain.PaperRepository.PublicFile;
import de.leitstand.reporting.domain.PaperRepository.PublicPaper;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import static de.leitstand.reporting.application.OParlFormat.SCHEMA;
import static de.leitstand.reporting.application.OParlFormat.stamp;

/**
 * Every OParl object of one body, built from its released public papers: the papers with their consultations and
 * PDFs, one Organization per committee, one Meeting per committee and day with one AgendaItem per paper consulted,
 * one Person per signatory, the legislative terms named by the papers' numbers and the body's own. A withdrawn paper
 * and everything that only it carried are deleted objects, modified at the withdrawal; whatever else it touched is
 * modified then too.
 */
final class OParlCatalog {

    /** The body's external lists and their paths below {@code body/{agency}/}. */
    static final Map<String, String> LISTS = Map.ofEntries(Map.entry("organization", "organizations"), Map.entry("person", "people"),
            Map.entry("meeting", "meetings"), Map.entry("paper", "papers"), Map.entry("agendaItem", "agenda-items"),
            Map.entry("consultation", "consultations"), Map.entry("file", "files"), Map.entry("membership", "memberships"),
            Map.entry("locationList", "locations"), Map.entry("legislativeTermList", "legislative-terms"));

    private final String base;
    private final PaperBody body;
    private final String bodyId;
    private final List<OParlEntry> entries = new ArrayList<>();
    private final JsonObject bodyJson;
    private final Instant created;
    private final Instant modified;

    private record Dated(Instant created, Instant modified, boolean deleted) {
        static Dated of(PublicPaper p) {
            Instant released = seconds(p.releasedAt());
            return new Dated(released, p.withdrawnAt() == null ? released : seconds(p.withdrawnAt()), p.withdrawnAt() != null);
        }

        /** Several papers' dates: created with the first, modified with the last change, deleted when all are. */
        static Dated of(List<PublicPaper> papers) {
            List<Dated> all = papers.stream().map(Dated::of).toList();
            return new Dated(all.stream().map(Dated::created).min(Comparator.naturalOrder()).orElseThrow(),
                    all.stream().map(Dated::modified).max(Comparator.naturalOrder()).orElseThrow(), all.stream().allMatch(Dated::deleted));
        }
    }

    OParlCatalog(String base, PaperBody body, JobcenterView jobcenter, String license, List<PublicPaper> papers,
                 List<PublicConsultation> consultations, List<PublicFile> files) {
        this.base = base;
        this.body = body;
        this.bodyId = base + "body/" + body.getAgencyNumber().value();
        Map<Long, PublicPaper> byId = new LinkedHashMap<>();
        papers.forEach(p -> byId.put(p.id(), p));
        papers(papers, consultations, files);
        committeesAndMeetings(byId, consultations);
        people(papers);
        Instant first = papers.stream().map(p -> seconds(p.releasedAt())).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Instant last = entries.stream().map(OParlEntry::modified).max(Comparator.naturalOrder()).orElse(first);
        if (body.getModifiedAt() != null && seconds(body.getModifiedAt()).isAfter(last)) {
            last = seconds(body.getModifiedAt());
        }
        this.created = first;
        this.modified = last;
        terms(papers);
        this.bodyJson = bodyJson(jobcenter, license);
    }

    String bodyId() {
        return bodyId;
    }

    JsonObject body() {
        return bodyJson;
    }

    Instant created() {
        return created;
    }

    Instant modified() {
        return modified;
    }

    /** The entries of one of the body's lists (path name, e.g. {@code papers}). */
    List<OParlEntry> list(String path) {
        return entries.stream().filter(e -> e.list().equals(path)).toList();
    }

    Optional<OParlEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private void papers(List<PublicPaper> papers, List<PublicConsultation> consultations, List<PublicFile> files) {
        for (PublicPaper p : papers) {
            Dated d = Dated.of(p);
            String id = base + "paper/" + p.id();
            Optional<PublicFile> file = files.stream().filter(f -> f.documentId().equals(p.documentId())).findFirst();
            List<PublicConsultation> own = consultations.stream().filter(c -> c.paperId().equals(p.id()))
                    .sorted(Comparator.comparingInt(PublicConsultation::position)).toList();
            List<JsonObject> consultationJson = new ArrayList<>();
            for (PublicConsultation c : own) {
                JsonObject json = consultation(p, c, d);
                consultationJson.add(json);
                add("consultations", json, d);
            }
            JsonObject fileJson = file.map(f -> file(p, f, d)).orElse(null);
            if (fileJson != null) {
                add("files", fileJson, d, "accessUrl");
            }
            JsonObjectBuilder paper = dated(id, "Paper", d).add("body", bodyId).add("name", p.title()).add("reference", p.reference())
                    .add("date", p.date().toString()).add("paperType", p.type().label());
            if (p.signatureName() != null && !p.signatureName().isBlank()) {
                paper.add("originatorPerson", de.leitstand.kernel.api.Jsons.array().add(personId(p.signatureName())));
            }
            JsonArrayBuilder array = de.leitstand.kernel.api.Jsons.array();
            consultationJson.forEach(array::add);
            paper.add("consultation", array);
            if (fileJson != null) {
                paper.add("mainFile", fileJson);
            }
            add("papers", paper.build(), d);
        }
    }

    private JsonObject consultation(PublicPaper p, PublicConsultation c, Dated d) {
        String agency = body.getAgencyNumber().value();
        return dated(base + "consultation/" + p.id() + "-" + c.position(), "Consultation", d)
                .add("paper", base + "paper/" + p.id())
                .add("agendaItem", base + "agenda-item/" + p.id() + "-" + c.position())
                .add("meeting", base + "meeting/" + meetingKey(agency, c))
                .add("organization", de.leitstand.kernel.api.Jsons.array().add(base + "organization/" + agency + "-" + hash(c.committee())))
                .add("role", c.role()).add("authoritative", c.role().toLowerCase(java.util.Locale.GERMAN).contains("entscheidung")).build();
    }

    private JsonObject file(PublicPaper p, PublicFile f, Dated d) {
        String id = base + "file/" + f.documentId();
        return dated(id, "File", d).add("name", p.type().label() + " " + p.reference()).add("fileName", f.fileName())
                .add("mimeType", f.mediaType()).add("size", f.size()).add("sha512Checksum", f.sha512())
                .add("date", p.date().toString()).add("accessUrl", id + "/content").add("downloadUrl", id + "/download")
                .add("paper", de.leitstand.kernel.api.Jsons.array().add(base + "paper/" + p.id())).build();
    }

    private void committeesAndMeetings(Map<Long, PublicPaper> papers, List<PublicConsultation> consultations) {
        String agency = body.getAgencyNumber().value();
        Map<String, List<PublicConsultation>> byCommittee = group(consultations, PublicConsultation::committee);
        byCommittee.forEach((committee, steps) -> {
            Dated d = Dated.of(steps.stream().map(c -> papers.get(c.paperId())).distinct().toList());
            add("organizations", dated(base + "organization/" + agency + "-" + hash(committee), "Organization", d)
                    .add("body", bodyId).add("name", committee).add("organizationType", "Gremium")
                    .add("classification", committee.startsWith("Ausschuss") ? "Ausschuss" : "Gremium").build(), d);
        });
        Map<String, List<PublicConsultation>> byMeeting = group(consultations, c -> meetingKey(agency, c));
        byMeeting.forEach((key, steps) -> {
            List<PublicConsultation> ordered = steps.stream().sorted(Comparator.comparing(PublicConsultation::paperId)
                    .thenComparingInt(PublicConsultation::position)).toList();
            Dated d = Dated.of(ordered.stream().map(c -> papers.get(c.paperId())).distinct().toList());
            PublicConsultation first = ordered.get(0);
            String meetingId = base + "meeting/" + key;
            List<JsonObject> items = new ArrayList<>();
            for (PublicConsultation c : ordered) {
                PublicPaper paper = papers.get(c.paperId());
                Dated itemDates = Dated.of(paper);
                JsonObjectBuilder item = dated(base + "agenda-item/" + c.paperId() + "-" + c.position(), "AgendaItem", itemDates)
                        .add("meeting", meetingId).add("order", itemDates.deleted() ? 0 : items.size() + 1);
                if (!itemDates.deleted()) {
                    item.add("number", String.valueOf(items.size() + 1)).add("name", paper.title()).add("public", true)
                            .add("consultation", base + "consultation/" + c.paperId() + "-" + c.position());
                }
                JsonObject json = item.build();
                if (!itemDates.deleted()) {
                    items.add(json);
                }
                add("agenda-items", json, itemDates, "order");
            }
            JsonArrayBuilder itemArray = de.leitstand.kernel.api.Jsons.array();
            items.forEach(itemArray::add);
            java.time.LocalTime time = ordered.stream().map(PublicConsultation::meetingTime).filter(Objects::nonNull).findFirst().orElse(null);
            JsonObjectBuilder meeting = dated(meetingId, "Meeting", d)
                    .add("name", first.committee() + " am " + first.meetingDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                    .add("organization", de.leitstand.kernel.api.Jsons.array().add(base + "organization/" + agency + "-" + hash(first.committee())))
                    .add("agendaItem", itemArray);
            if (time != null) {
                meeting.add("start", stamp(first.meetingDate().atTime(time).atZone(OParlFormat.BERLIN)));
            }
            add("meetings", meeting.build(), d);
        });
    }

    private void people(List<PublicPaper> papers) {
        Map<String, List<PublicPaper>> bySigner = group(papers.stream().filter(p -> p.signatureName() != null && !p.signatureName().isBlank()).toList(),
                PublicPaper::signatureName);
        bySigner.forEach((name, signed) -> {
            Dated d = Dated.of(signed);
            add("people", dated(personId(name), "Person", d).add("body", bodyId).add("name", name).build(), d);
        });
    }

    /** The terms named by the papers' numbers ("2011-16/1287") and the body's current one. */
    private void terms(List<PublicPaper> papers) {
        TreeSet<String> names = new TreeSet<>();
        papers.stream().map(PublicPaper::reference).filter(Objects::nonNull).filter(r -> r.contains("/"))
                .forEach(r -> names.add(r.substring(0, r.lastIndexOf('/'))));
        names.add(body.getElectoralTerm());
        Dated d = new Dated(created, modified, false);
        for (String name : names) {
            boolean current = name.equals(body.getElectoralTerm());
            JsonObjectBuilder json = dated(termId(name), "LegislativeTerm", d).add("body", bodyId).add("name", "Wahlperiode " + name);
            Optional.ofNullable(current ? body.termStartOrDerived() : PaperBody.derivedStart(name)).ifPresent(s -> json.add("startDate", s.toString()));
            Optional.ofNullable(current ? body.termEndOrDerived() : PaperBody.derivedEnd(name)).ifPresent(e -> json.add("endDate", e.toString()));
            add("legislative-terms", json.build(), d);
        }
    }

    private JsonObject bodyJson(JobcenterView jobcenter, String license) {
        Dated d = new Dated(created, modified, false);
        JsonObjectBuilder json = dated(bodyId, "Body", d).add("system", base + "system").add("name", body.getName())
                .add("shortName", body.getOffice()).add("license", license)
                .add("classification", body.getName().startsWith("Jobcenter") ? "Jobcenter" : "Kommunaler Träger");
        if (body.getAgs() != null) {
            json.add("ags", body.getAgs());
        }
        if (jobcenter.website() != null && !jobcenter.website().isBlank()) {
            json.add("website", jobcenter.website());
        }
        if (jobcenter.email() != null && !jobcenter.email().isBlank()) {
            json.add("contactEmail", jobcenter.email()).add("contactName", "Jobcenter " + jobcenter.name());
        }
        LISTS.forEach((field, path) -> json.add(field, bodyId + "/" + path));
        JsonArrayBuilder terms = de.leitstand.kernel.api.Jsons.array();
        list("legislative-terms").forEach(t -> terms.add(t.json()));
        return json.add("legislativeTerm", terms).build();
    }

    String termId(String term) {
        return base + "legislative-term/" + body.getAgencyNumber().value() + "-" + term;
    }

    private String personId(String name) {
        return base + "person/" + body.getAgencyNumber().value() + "-" + hash(name);
    }

    /** Adds an entry; a deleted one keeps only its id, type, dates and the fields its schema requires. */
    private void add(String list, JsonObject json, Dated d, String... required) {
        JsonObject published = json;
        if (d.deleted()) {
            JsonObjectBuilder stub = de.leitstand.kernel.api.Jsons.object();
            for (String field : List.of("id", "type", "created", "modified", "deleted")) {
                stub.add(field, json.get(field));
            }
            for (String field : required) {
                if (json.containsKey(field)) {
                    stub.add(field, json.get(field));
                }
            }
            published = stub.build();
        }
        entries.add(new OParlEntry(list, json.getString("id"), d.created(), d.modified(), d.deleted(), published));
    }

    private static JsonObjectBuilder dated(String id, String type, Dated d) {
        JsonObjectBuilder json = de.leitstand.kernel.api.Jsons.object().add("id", id).add("type", SCHEMA + type)
                .add("created", stamp(d.created())).add("modified", stamp(d.modified()));
        if (d.deleted()) {
            json.add("deleted", true);
        }
        return json;
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        items.forEach(i -> groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
        return groups;
    }

    static String meetingKey(String agency, PublicConsultation c) {
        return agency + "-" + c.meetingDate().toString().replace("-", "") + "-" + hash(c.committee());
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
