package de.leitstand.reporting.application;

import de.leitstand.reporting.domain.PaperRepository.PublicConsultation;
import de.leitstand.reporting.domain.PaperRepository.PublicFile;
import de.leitstand.reporting.domain.PaperRepository.PublicPaper;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OParl objects a body's papers carry themselves: each Paper with its Consultations (its Beratungsfolge) and
 * its PDF as main File, and one Person per signatory, dated by the papers they come from.
 */
final class OParlPapers {

    private final OParlIds ids;
    private final OParlEntries entries;

    OParlPapers(OParlIds ids, OParlEntries entries) {
        this.ids = ids;
        this.entries = entries;
    }

    void add(List<PublicPaper> papers, List<PublicConsultation> consultations, List<PublicFile> files) {
        for (PublicPaper p : papers) {
            OParlDated d = OParlDated.of(p);
            String id = ids.paper(p.id());
            Optional<PublicFile> file = files.stream().filter(f -> f.documentId().equals(p.documentId())).findFirst();
            List<PublicConsultation> own = consultations.stream().filter(c -> c.paperId().equals(p.id()))
                    .sorted(Comparator.comparingInt(PublicConsultation::position)).toList();
            List<JsonObject> consultationJson = new ArrayList<>();
            for (PublicConsultation c : own) {
                JsonObject json = consultation(p, c, d);
                consultationJson.add(json);
                entries.add("consultations", json, d);
            }
            JsonObject fileJson = file.map(f -> file(p, f, d)).orElse(null);
            if (fileJson != null) {
                entries.add("files", fileJson, d, "accessUrl");
            }
            JsonObjectBuilder paper = d.object(id, "Paper").add("body", ids.body()).add("name", p.title()).add("reference", p.reference())
                    .add("date", p.date().toString()).add("paperType", p.type().label());
            if (p.signatureName() != null && !p.signatureName().isBlank()) {
                paper.add("originatorPerson", de.leitstand.kernel.api.Jsons.array().add(ids.person(p.signatureName())));
            }
            JsonArrayBuilder array = de.leitstand.kernel.api.Jsons.array();
            consultationJson.forEach(array::add);
            paper.add("consultation", array);
            if (fileJson != null) {
                paper.add("mainFile", fileJson);
            }
            entries.add("papers", paper.build(), d);
        }
    }

    private JsonObject consultation(PublicPaper p, PublicConsultation c, OParlDated d) {
        return d.object(ids.consultation(p.id(), c.position()), "Consultation")
                .add("paper", ids.paper(p.id()))
                .add("agendaItem", ids.agendaItem(p.id(), c.position()))
                .add("meeting", ids.meeting(c))
                .add("organization", de.leitstand.kernel.api.Jsons.array().add(ids.organization(c.committee())))
                .add("role", c.role()).add("authoritative", c.role().toLowerCase(java.util.Locale.GERMAN).contains("entscheidung")).build();
    }

    private JsonObject file(PublicPaper p, PublicFile f, OParlDated d) {
        String id = ids.file(f.documentId());
        return d.object(id, "File").add("name", p.type().label() + " " + p.reference()).add("fileName", f.fileName())
                .add("mimeType", f.mediaType()).add("size", f.size()).add("sha512Checksum", f.sha512())
                .add("date", p.date().toString()).add("accessUrl", id + "/content").add("downloadUrl", id + "/download")
                .add("paper", de.leitstand.kernel.api.Jsons.array().add(ids.paper(p.id()))).build();
    }

    /** One Person per signatory, created with the first paper signed, modified with the last change. */
    void people(List<PublicPaper> papers) {
        Map<String, List<PublicPaper>> bySigner = OParlEntries.group(papers.stream()
                .filter(p -> p.signatureName() != null && !p.signatureName().isBlank()).toList(), PublicPaper::signatureName);
        bySigner.forEach((name, signed) -> {
            OParlDated d = OParlDated.of(signed);
            entries.add("people", d.object(ids.person(name), "Person").add("body", ids.body()).add("name", name).build(), d);
        });
    }
}
