package de.leitstand.reporting.document;

import de.leitstand.controlling.api.StructureViews;
import de.leitstand.planning.api.DocumentPlaceholders;
import de.leitstand.planning.api.ProgrammeView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The Arbeitsmarkt- und Integrationsprogramm as a document, structured like seed 002: title page with
 * "Stand", contents with page numbers, Vorwort, Grundsicherung im Landkreis (annual averages as chart and
 * table, employed ELB by income band, unemployed), Angebot und Nachfrage (Integrationsprognose × age
 * group), Ziele, Ressourcen (budget table, municipal share, staff, distribution by instrument as chart
 * and table), the text chapters, closing and signature, and the Datengrundlage.
 */
public final class ProgrammeDocument {

    /** A chapter in the contents. */
    public record Chapter(String id, String title, String content) {
    }

    /**
     * The structure figures the document shows; any may be null (the chapter then says so or leaves it out).
     * {@code unemploymentPreviousYear} is the same month a year earlier (for the changes the text names);
     * {@code legalSpheres}, {@code underemployment} and {@code industries} are the charts of groups of
     * unemployed by legal sphere, of the components of underemployment and of employment by industry.
     */
    public record Structure(List<StructureViews.AnnualAverage> averages, StructureViews.Table employment,
                            StructureViews.Table unemployment, StructureViews.Table prognosis,
                            StructureViews.Table unemploymentPreviousYear, StructureViews.Table legalSpheres,
                            StructureViews.Table underemployment, StructureViews.Table industries) {

        public Structure(List<StructureViews.AnnualAverage> averages, StructureViews.Table employment,
                         StructureViews.Table unemployment, StructureViews.Table prognosis) {
            this(averages, employment, unemployment, prognosis, null, null, null, null);
        }
    }

    /** The parts of chapters 1–4 in their default order (placeholder names; see {@link DocumentPlaceholders}). */
    private static final Map<String, List<String>> PARTS = Map.of(
            "grundsicherung", List.of("text.grundsicherung", "abbildung.elb_bg", "abbildung.arbeitslose_rechtskreise", "tabelle.arbeitslose",
                    "tabelle.erwerbstaetige"),
            "angebot", List.of("abbildung.unterbeschaeftigung", "tabelle.integrationsprognose", "abbildung.beschaeftigung"),
            "ziele", List.of("tabelle.ziele", "tabelle.lokale_ziele"),
            "ressourcen", List.of("tabelle.budget", "text.personal", "text.kommunaler_anteil", "abbildung.eingliederungsbudget"));

    private ProgrammeDocument() {
    }

    /** The document as HTML (the preview; the PDF is rendered from the same HTML). */
    public static String html(ProgrammeView programme, Structure structure, List<String> basis) {
        Map<String, Object> model = new HashMap<>();
        String title = "Arbeitsmarkt- und Integrationsprogramm " + programme.summary().year();
        model.put("title", title);
        model.put("css", DocumentCss.css());
        model.put("p", programme);
        model.put("basis", basis);
        ProgrammeView.SectionView foreword = programme.sections().stream()
                .filter(s -> s.title().trim().equalsIgnoreCase("Vorwort")).findFirst().orElse(null);
        Map<String, String> values = DocumentFigures.values(programme, structure);
        model.put("foreword", foreword == null ? null : new Chapter("vorwort", "Vorwort", fill(headingsBelowChapter(foreword.content()), values)));
        List<Chapter> chapters = new ArrayList<>();
        if (foreword != null) {
            chapters.add(new Chapter("vorwort", "Vorwort", null));
        }
        Map<String, String> numbers = new LinkedHashMap<>();
        String[][] fixed = {{"grundsicherung", "Grundsicherung für Arbeitsuchende im Landkreis"}, {"angebot", "Angebot und Nachfrage auf dem Arbeitsmarkt"},
                {"ziele", "Ziele im Jobcenter " + programme.summary().jobcenterName()}, {"ressourcen", "Ressourcen"}};
        // a text whose title is that of chapter 1–4 is that chapter's text (its figures as placeholders)
        Map<String, ProgrammeView.SectionView> chapterTexts = new HashMap<>();
        for (String[] chapter : fixed) {
            programme.sections().stream().filter(s -> s != foreword && sameTitle(s.title(), chapter[1])).findFirst()
                    .ifPresent(s -> chapterTexts.put(chapter[0], s));
        }
        int n = 0;
        List<String[]> fixedTitles = new ArrayList<>();
        for (String[] chapter : fixed) {
            numbers.put(chapter[0], String.valueOf(++n));
            chapters.add(new Chapter(chapter[0], n + " " + chapter[1], null));
            fixedTitles.add(new String[] {chapter[0], n + " " + chapter[1]});
        }
        List<Chapter> texts = new ArrayList<>();
        for (ProgrammeView.SectionView section : programme.sections()) {
            if (section != foreword && !chapterTexts.containsValue(section)) {
                Chapter chapter = new Chapter("kapitel-" + (++n), n + " " + section.title(), fill(headingsBelowChapter(section.content()), values));
                texts.add(chapter);
                chapters.add(chapter);
            }
        }
        chapters.add(new Chapter("datengrundlage", "Datengrundlage", null));
        model.put("chapters", chapters);
        model.put("chapterNumbers", numbers);
        model.put("textChapters", texts);
        model.put("signedInText", !texts.isEmpty() && signedIn(texts.get(texts.size() - 1).content()));

        GermanFormat fmt = new GermanFormat();
        List<StructureViews.AnnualAverage> averages = structure.averages() == null ? List.of()
                : structure.averages().stream().filter(a -> a.elb() != null || a.bg() != null).toList();
        model.put("averages", averages);
        model.put("lastAverage", averages.isEmpty() ? null : averages.get(averages.size() - 1));
        if (averages.size() >= 2) {
            Map<String, Number> elb = new LinkedHashMap<>();
            Map<String, Number> bg = new LinkedHashMap<>();
            averages.forEach(a -> {
                elb.put(String.valueOf(a.year()), a.elb());
                bg.put(String.valueOf(a.year()), a.bg());
            });
            Map<String, Map<String, Number>> series = new LinkedHashMap<>();
            series.put("ELB", elb);
            series.put("Bedarfsgemeinschaften", bg);
            model.put("averagesChart", Charts.lines("Personen bzw. Bedarfsgemeinschaften", series));
            StructureViews.AnnualAverage first = averages.get(0);
            StructureViews.AnnualAverage last = averages.get(averages.size() - 1);
            model.put("averagesAlt", "Liniendiagramm: Die Zahl der erwerbsfähigen Leistungsberechtigten im Jahresdurchschnitt entwickelte sich von "
                    + fmt.integer(first.elb()) + " (" + first.year() + ") auf " + fmt.integer(last.elb()) + " (" + last.year()
                    + "), die der Bedarfsgemeinschaften von " + fmt.integer(first.bg()) + " auf " + fmt.integer(last.bg()) + ".");
        } else {
            model.put("averagesChart", null);
        }
        model.put("employment", complete(structure.employment()));
        model.put("employmentLabel", structure.employment() == null ? "" : monthLabel(structure.employment().period()));
        model.put("unemployment", structure.unemployment() == null
                || structure.unemployment().rows().stream().allMatch(r -> r.value() == null) ? null : structure.unemployment());
        model.put("unemploymentLabel", structure.unemployment() == null ? "" : monthLabel(structure.unemployment().period()));
        model.put("prognosis", complete(structure.prognosis()));
        model.put("prognosisLabel", structure.prognosis() == null ? "" : periodLabel(structure.prognosis().period()));
        if (programme.budget() != null && !programme.budget().planLines().isEmpty()) {
            Map<String, Number> lines = new LinkedHashMap<>();
            programme.budget().planLines().forEach(l -> lines.put(l.categoryLabel(), l.amount()));
            model.put("planChart", Charts.bars("Euro", lines));
            StringBuilder alt = new StringBuilder("Balkendiagramm der Verteilung des Eingliederungsbudgets: ");
            programme.budget().planLines().stream().limit(3).forEach(l -> alt.append(l.categoryLabel()).append(' ')
                    .append(fmt.percent(l.sharePercent())).append(", "));
            alt.append("alle Werte in der Tabelle.");
            model.put("planAlt", alt.toString());
        }
        bySphere(model, "legalSpheres", structure.legalSpheres(), true, fmt);
        bySphere(model, "underemployment", structure.underemployment(), false, fmt);
        StructureViews.Table industries = structure.industries();
        if (industries != null && industries.rows().stream().anyMatch(r -> r.value() != null)) {
            List<StructureViews.Row> rows = industries.rows().stream().filter(r -> r.value() != null)
                    .sorted(java.util.Comparator.comparing(StructureViews.Row::value).reversed()).toList();
            Map<String, Number> bars = new LinkedHashMap<>();
            rows.forEach(r -> bars.put(r.label(), r.value()));
            model.put("industries", industries);
            model.put("industryRows", rows);
            model.put("industriesLabel", monthLabel(industries.period()));
            model.put("industriesChart", Charts.bars("Veränderung gegenüber dem Vorjahresquartal (Personen)", bars));
            model.put("industriesAlt", "Balkendiagramm der Veränderung der sozialversicherungspflichtig Beschäftigten nach Wirtschaftszweigen, absteigend: "
                    + rows.stream().limit(3).map(r -> r.label() + " " + fmt.integer(r.value())).collect(java.util.stream.Collectors.joining(", "))
                    + "; alle Werte in der Tabelle.");
        }
        List<Chapter> fixedChapters = new ArrayList<>();
        for (String[] chapter : fixedTitles) {
            ProgrammeView.SectionView text = chapterTexts.get(chapter[0]);
            fixedChapters.add(new Chapter(chapter[0], chapter[1], compose(PARTS.get(chapter[0]), text == null ? null : text.content(), values, model)));
        }
        model.put("fixedChapters", fixedChapters);
        return Templates.render("programme", model);
    }

    /** A table by legal sphere (columns SGB2 and SGB3) as grouped bars with its alt text; nothing when it holds no values. */
    private static void bySphere(Map<String, Object> model, String key, StructureViews.Table table, boolean shares, GermanFormat fmt) {
        if (table == null || table.rows().stream().allMatch(r -> r.byAge().get("SGB2") == null && r.byAge().get("SGB3") == null)) {
            return;
        }
        Map<String, Map<String, Number>> series = new LinkedHashMap<>();
        series.put("SGB II", new LinkedHashMap<>());
        series.put("SGB III", new LinkedHashMap<>());
        StringBuilder alt = new StringBuilder(shares ? "Balkendiagramm der Anteile an allen Arbeitslosen im SGB II und im SGB III: "
                : "Balkendiagramm der Komponenten der Unterbeschäftigung im SGB II und im SGB III: ");
        for (StructureViews.Row r : table.rows()) {
            series.get("SGB II").put(r.label(), r.byAge().get("SGB2"));
            series.get("SGB III").put(r.label(), r.byAge().get("SGB3"));
            alt.append(r.label()).append(' ')
                    .append(shares ? fmt.percent(r.byAge().get("SGB2")) : fmt.integer(r.byAge().get("SGB2"))).append(" und ")
                    .append(shares ? fmt.percent(r.byAge().get("SGB3")) : fmt.integer(r.byAge().get("SGB3"))).append("; ");
        }
        model.put(key, table);
        model.put(key + "Label", monthLabel(table.period()));
        model.put(key + "Chart", shares ? Charts.shareBars("Anteil an allen Arbeitslosen", series) : Charts.countBars("Personen", series));
        model.put(key + "Alt", alt.append("alle Werte in der Tabelle.").toString());
    }

    private static boolean sameTitle(String title, String chapter) {
        return title != null && title.trim().replaceFirst("^\\d+\\s+", "").equalsIgnoreCase(chapter);
    }

    /**
     * A chapter of 1–4: its text with the figure placeholders filled, the figures and tables it places (a
     * paragraph holding only {@code {{abbildung.…}}}) rendered there, and those it does not place after it.
     * Without a text the chapter is its parts in their default order, with the generated paragraphs.
     */
    static String compose(List<String> parts, String text, Map<String, String> values, Map<String, Object> model) {
        StringBuilder html = new StringBuilder();
        Set<String> placed = new java.util.HashSet<>();
        if (text != null) {
            org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(headingsBelowChapter(text));
            for (Element paragraph : fragment.body().select("p")) {
                Matcher only = DocumentPlaceholders.PLACEHOLDER.matcher(paragraph.html().trim());
                if (only.matches() && isPart(only.group(1))) {
                    placed.add(only.group(1));
                    paragraph.before(part(only.group(1), model));
                    paragraph.remove();
                }
            }
            html.append(fill(fragment.body().html(), values));
        }
        for (String part : parts) {
            if (!placed.contains(part) && (text == null || !part.startsWith("text."))) {
                html.append(part(part, model));
            }
        }
        return html.toString();
    }

    private static boolean isPart(String name) {
        return name.startsWith("abbildung.") || name.startsWith("tabelle.") || name.startsWith("text.");
    }

    private static String part(String name, Map<String, Object> model) {
        return Templates.renderFragment("programme-parts", name.replace('.', '_'), model);
    }

    /** Replaces the figure placeholders by their values (HTML-escaped); other text stays as it is. */
    static String fill(String html, Map<String, String> values) {
        if (html == null) {
            return null;
        }
        Matcher m = DocumentPlaceholders.PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : org.jsoup.nodes.Entities.escape(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A chapter is an h1; the headings in its text become h2, h3 … in their order, so the tagged PDF never
     * skips a heading level (PDF/UA-1, 7.4.2).
     */
    static String headingsBelowChapter(String content) {
        if (content == null) {
            return null;
        }
        org.jsoup.nodes.Document fragment = org.jsoup.Jsoup.parseBodyFragment(content);
        org.jsoup.select.Elements headings = fragment.body().select("h1, h2, h3, h4, h5, h6");
        if (headings.isEmpty()) {
            return content;
        }
        int top = headings.stream().mapToInt(h -> h.tagName().charAt(1) - '0').min().orElse(2);
        headings.forEach(h -> h.tagName("h" + Math.min(6, h.tagName().charAt(1) - '0' - top + 2)));
        return fragment.body().html();
    }

    private static final java.util.regex.Pattern PLACE_AND_DATE = java.util.regex.Pattern.compile("[\\p{L} .()/-]+,\\s*\\d{1,2}\\.\\d{1,2}\\.\\d{4}");

    /**
     * Whether a closing text already carries the signature ("Herzberg, 09.12.2019" and the name below): then
     * the document prints no second signature block.
     */
    static boolean signedIn(String content) {
        if (content == null) {
            return false;
        }
        return org.jsoup.Jsoup.parseBodyFragment(content).body().select("p").stream()
                .anyMatch(p -> PLACE_AND_DATE.matcher(p.text().trim()).matches());
    }

    private static StructureViews.Table complete(StructureViews.Table table) {
        return table == null || !table.complete() ? null : table;
    }

    private static final String[] MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember"};

    static String monthLabel(String period) {
        return period.length() == 7 ? MONTHS[Integer.parseInt(period.substring(5)) - 1] + " " + period.substring(0, 4) : period;
    }

    static String periodLabel(String period) {
        return period.length() == 4 ? "JDW " + period : monthLabel(period);
    }

}
