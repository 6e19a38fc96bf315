package de.leitstand.planning.application;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The rich text a chapter may hold: paragraphs, headings, lists, emphasis, tables and links — nothing
 * that runs. Everything else is removed on the way in, from the UI and the API alike.
 */
final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(new HtmlPolicyBuilder().allowElements("br", "span", "sub", "sup").toFactory());

    private RichText() {
    }

    static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
