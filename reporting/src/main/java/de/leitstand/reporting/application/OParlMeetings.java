package de.leitstand.reporting.application;

import de.leitstand.reporting.domain.PaperRepository.PublicConsultation;
import de.leitstand.reporting.domain.PaperRepository.PublicPaper;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static de.leitstand.reporting.application.OParlFormat.stamp;

/**
 * The OParl objects derived from the papers' consultations: one Organization per committee, one Meeting per
 * committee and day with one AgendaItem per paper consulted there. A withdrawn paper's agenda item is deleted and
 * leaves the meeting's numbering.
 */
final class OParlMeetings {

    private final OParlIds ids;
    private final OParlEntries entries;

    OParlMeetings(OParlIds ids, OParlEntries entries) {
        this.ids = ids;
        this.entries = entries;
    }

    void add(Map<Long, PublicPaper> papers, List<PublicConsultation> consultations) {
        Map<String, List<PublicConsultation>> byCommittee = OParlEntries.group(consultations, PublicConsultation::committee);
        byCommittee.forEach((committee, steps) -> {
            OParlDated d = OParlDated.of(steps.stream().map(c -> papers.get(c.paperId())).distinct().toList());
            entries.add("organizations", d.object(ids.organization(committee), "Organization")
                    .add("body", ids.body()).add("name", committee).add("organizationType", "Gremium")
                    .add("classification", committee.startsWith("Ausschuss") ? "Ausschuss" : "Gremium").build(), d);
        });
        Map<String, List<PublicConsultation>> byMeeting = OParlEntries.group(consultations, ids::meeting);
        byMeeting.forEach((meetingId, steps) -> meeting(papers, meetingId, steps));
    }

    private void meeting(Map<Long, PublicPaper> papers, String meetingId, List<PublicConsultation> steps) {
        List<PublicConsultation> ordered = steps.stream().sorted(Comparator.comparing(PublicConsultation::paperId)
                .thenComparingInt(PublicConsultation::position)).toList();
        OParlDated d = OParlDated.of(ordered.stream().map(c -> papers.get(c.paperId())).distinct().toList());
        PublicConsultation first = ordered.get(0);
        List<JsonObject> items = new ArrayList<>();
        for (PublicConsultation c : ordered) {
            PublicPaper paper = papers.get(c.paperId());
            OParlDated itemDates = OParlDated.of(paper);
            JsonObjectBuilder item = itemDates.object(ids.agendaItem(c.paperId(), c.position()), "AgendaItem")
                    .add("meeting", meetingId).add("order", itemDates.deleted() ? 0 : items.size() + 1);
            if (!itemDates.deleted()) {
                item.add("number", String.valueOf(items.size() + 1)).add("name", paper.title()).add("public", true)
                        .add("consultation", ids.consultation(c.paperId(), c.position()));
            }
            JsonObject json = item.build();
            if (!itemDates.deleted()) {
                items.add(json);
            }
            entries.add("agenda-items", json, itemDates, "order");
        }
        JsonArrayBuilder itemArray = de.leitstand.kernel.api.Jsons.array();
        items.forEach(itemArray::add);
        java.time.LocalTime time = ordered.stream().map(PublicConsultation::meetingTime).filter(Objects::nonNull).findFirst().orElse(null);
        JsonObjectBuilder meeting = d.object(meetingId, "Meeting")
                .add("name", first.committee() + " am " + first.meetingDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .add("organization", de.leitstand.kernel.api.Jsons.array().add(ids.organization(first.committee())))
                .add("agendaItem", itemArray);
        if (time != null) {
            meeting.add("start", stamp(first.meetingDate().atTime(time).atZone(OParlFormat.BERLIN)));
        }
        entries.add("meetings", meeting.build(), d);
    }
}
