package de.leitstand.reporting.document;

import de.leitstand.controlling.api.StructureViews;
import de.leitstand.planning.api.ProgrammeView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The structure figures the document shows; any may be null (the chapter then says so or leaves it out). */
    public record Structure(List<StructureViews.AnnualAverage> averages, StructureViews.Table employment,
                            StructureViews.Table unemployment, StructureViews.Table prognosis) {
    }

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
        model.put("foreword", foreword == null ? null : new Chapter("vorwort", "Vorwort", headingsBelowChapter(foreword.content())));
        List<Chapter> chapters = new ArrayList<>();
        if (foreword != null) {
            chapters.add(new Chapter("vorwort", "Vorwort", null));
        }
        Map<String, String> numbers = new LinkedHashMap<>();
        String[][] fixed = {{"grundsicherung", "Grundsicherung für Arbeitsuchende im Landkreis"}, {"angebot", "Angebot und Nachfrage auf dem Arbeitsmarkt"},
                {"ziele", "Ziele im Jobcenter " + programme.summary().jobcenterName()}, {"ressourcen", "Ressourcen"}};
        int n = 0;
        for (String[] chapter : fixed) {
            numbers.put(chapter[0], String.valueOf(++n));
            chapters.add(new Chapter(chapter[0], n + " " + chapter[1], null));
        }
        List<Chapter> texts = new ArrayList<>();
        for (ProgrammeView.SectionView section : programme.sections()) {
            if (section != foreword) {
                Chapter chapter = new Chapter("kapitel-" + (++n), n + " " + section.title(), headingsBelowChapter(section.content()));
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
        return Templates.render("programme", model);
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
