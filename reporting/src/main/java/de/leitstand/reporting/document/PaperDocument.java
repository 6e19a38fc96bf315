package de.leitstand.reporting.document;

import de.leitstand.reporting.api.PaperViews;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A committee paper as a document (seed 000): issuer, type, number, status, date, Beratungsfolge, texts, signature. */
public final class PaperDocument {

    private PaperDocument() {
    }

    public static String html(PaperViews.PaperView paper, PaperViews.BodyView body, List<String> basis) {
        Map<String, Object> model = new HashMap<>();
        model.put("p", paper);
        model.put("body", body);
        model.put("basis", basis);
        model.put("facts", paragraphs(paper.facts()));
        model.put("decision", paragraphs(paper.decisionProposal()));
        model.put("css", DocumentCss.css());
        return Templates.render("paper", model);
    }

    /** Plain text split into paragraphs at blank lines. */
    static List<String> paragraphs(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
