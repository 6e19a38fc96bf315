package de.leitstand.reporting.application;

import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.reporting.domain.PaperBody;
import de.leitstand.reporting.domain.PaperRepository.PublicConsultation;
import de.leitstand.reporting.domain.PaperRepository.PublicFile;
import de.leitstand.reporting.domain.PaperRepository.PublicPaper;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import static de.leitstand.reporting.application.OParlDated.seconds;

/**
 * Every OParl object of one body, built from its released public papers: the papers with their consultations and
 * PDFs and one Person per signatory ({@link OParlPapers}), one Organization per committee and one Meeting per
 * committee and day with one AgendaItem per paper consulted ({@link OParlMeetings}), the legislative terms named by
 * the papers' numbers and the body's own. A withdrawn paper and everything that only it carried are deleted objects,
 * modified at the withdrawal; whatever else it touched is modified then too.
 */
final class OParlCatalog {

    /** The body's external lists and their paths below {@code body/{agency}/}. */
    static final Map<String, String> LISTS = Map.ofEntries(Map.entry("organization", "organizations"), Map.entry("person", "people"),
            Map.entry("meeting", "meetings"), Map.entry("paper", "papers"), Map.entry("agendaItem", "agenda-items"),
            Map.entry("consultation", "consultations"), Map.entry("file", "files"), Map.entry("membership", "memberships"),
            Map.entry("locationList", "locations"), Map.entry("legislativeTermList", "legislative-terms"));

    private final PaperBody body;
    private final OParlIds ids;
    private final OParlEntries entries = new OParlEntries();
    private final JsonObject bodyJson;
    private final Instant created;
    private final Instant modified;

    OParlCatalog(String base, PaperBody body, JobcenterView jobcenter, String license, List<PublicPaper> papers,
                 List<PublicConsultation> consultations, List<PublicFile> files) {
        this.body = body;
        this.ids = new OParlIds(base, body.getAgencyNumber().value());
        Map<Long, PublicPaper> byId = new LinkedHashMap<>();
        papers.forEach(p -> byId.put(p.id(), p));
        OParlPapers paperObjects = new OParlPapers(ids, entries);
        paperObjects.add(papers, consultations, files);
        new OParlMeetings(ids, entries).add(byId, consultations);
        paperObjects.people(papers);
        Instant first = papers.stream().map(p -> seconds(p.releasedAt())).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Instant last = entries.lastModified(first);
        if (body.getModifiedAt() != null && seconds(body.getModifiedAt()).isAfter(last)) {
            last = seconds(body.getModifiedAt());
        }
        this.created = first;
        this.modified = last;
        terms(papers);
        this.bodyJson = bodyJson(jobcenter, license);
    }

    String bodyId() {
        return ids.body();
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
        return entries.list(path);
    }

    Optional<OParlEntry> find(String id) {
        return entries.find(id);
    }

    /** The terms named by the papers' numbers ("2011-16/1287") and the body's current one. */
    private void terms(List<PublicPaper> papers) {
        TreeSet<String> names = new TreeSet<>();
        papers.stream().map(PublicPaper::reference).filter(Objects::nonNull).filter(r -> r.contains("/"))
                .forEach(r -> names.add(r.substring(0, r.lastIndexOf('/'))));
        names.add(body.getElectoralTerm());
        OParlDated d = new OParlDated(created, modified, false);
        for (String name : names) {
            boolean current = name.equals(body.getElectoralTerm());
            JsonObjectBuilder json = d.object(ids.term(name), "LegislativeTerm").add("body", ids.body()).add("name", "Wahlperiode " + name);
            Optional.ofNullable(current ? body.termStartOrDerived() : PaperBody.derivedStart(name)).ifPresent(s -> json.add("startDate", s.toString()));
            Optional.ofNullable(current ? body.termEndOrDerived() : PaperBody.derivedEnd(name)).ifPresent(e -> json.add("endDate", e.toString()));
            entries.add("legislative-terms", json.build(), d);
        }
    }

    private JsonObject bodyJson(JobcenterView jobcenter, String license) {
        OParlDated d = new OParlDated(created, modified, false);
        JsonObjectBuilder json = d.object(ids.body(), "Body").add("system", ids.system()).add("name", body.getName())
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
        LISTS.forEach((field, path) -> json.add(field, ids.body() + "/" + path));
        JsonArrayBuilder terms = de.leitstand.kernel.api.Jsons.array();
        list("legislative-terms").forEach(t -> terms.add(t.json()));
        return json.add("legislativeTerm", terms).build();
    }
}
