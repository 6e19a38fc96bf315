package de.leitstand.reporting.application;

import de.leitstand.reporting.domain.PaperRepository.PublicPaper;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import static de.leitstand.reporting.application.OParlFormat.SCHEMA;
import static de.leitstand.reporting.application.OParlFormat.stamp;

/**
 * When an OParl object was created and last modified, and whether it is deleted, to the second: an object taken
 * from one paper is created at its release and modified (deleted) at its withdrawal.
 */
record OParlDated(Instant created, Instant modified, boolean deleted) {

    static OParlDated of(PublicPaper p) {
        Instant released = seconds(p.releasedAt());
        return new OParlDated(released, p.withdrawnAt() == null ? released : seconds(p.withdrawnAt()), p.withdrawnAt() != null);
    }

    /** Several papers' dates: created with the first, modified with the last change, deleted when all are. */
    static OParlDated of(List<PublicPaper> papers) {
        List<OParlDated> all = papers.stream().map(OParlDated::of).toList();
        return new OParlDated(all.stream().map(OParlDated::created).min(Comparator.naturalOrder()).orElseThrow(),
                all.stream().map(OParlDated::modified).max(Comparator.naturalOrder()).orElseThrow(), all.stream().allMatch(OParlDated::deleted));
    }

    /** @return the start of an object of these dates: id, type, created, modified and, when deleted, deleted */
    JsonObjectBuilder object(String id, String type) {
        JsonObjectBuilder json = de.leitstand.kernel.api.Jsons.object().add("id", id).add("type", SCHEMA + type)
                .add("created", stamp(created)).add("modified", stamp(modified));
        if (deleted) {
            json.add("deleted", true);
        }
        return json;
    }

    static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
