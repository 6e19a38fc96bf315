package de.leitstand.planning.application;

import de.leitstand.planning.api.ProgrammeComparison;
import de.leitstand.planning.api.ProgrammeView;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Lays two programme versions out as fields in document order and marks what differs. */
final class ProgrammeComparer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ProgrammeComparer() {
    }

    static ProgrammeComparison compare(ProgrammeView left, ProgrammeView right) {
        Map<String, String[]> l = layout(left);
        Map<String, String[]> r = layout(right);
        Map<String, String[]> union = new LinkedHashMap<>(l);
        r.forEach(union::putIfAbsent);
        List<ProgrammeComparison.Field> fields = new ArrayList<>();
        union.forEach((key, meta) -> {
            String leftValue = l.containsKey(key) ? l.get(key)[2] : null;
            String rightValue = r.containsKey(key) ? r.get(key)[2] : null;
            boolean changed = !Objects.equals(leftValue, rightValue);
            String difference = changed && l.containsKey(key) && r.containsKey(key) ? difference(l.get(key)[3], r.get(key)[3]) : null;
            boolean html = key.startsWith(TEXTS + "|");
            fields.add(new ProgrammeComparison.Field(meta[0], meta[1], html ? RichText.sanitize(leftValue) : leftValue,
                    html ? RichText.sanitize(rightValue) : rightValue, changed, difference, html));
        });
        return new ProgrammeComparison(left.summary(), right.summary(), fields);
    }

    private static final String TEXTS = "Texte";

    /** @return right − left with its sign, {@code null} unless both are numbers */
    private static String difference(String left, String right) {
        if (left == null || right == null) {
            return null;
        }
        BigDecimal d = new BigDecimal(right).subtract(new BigDecimal(left));
        String text = number(d.abs());
        return (d.signum() > 0 ? "+" : d.signum() < 0 ? "\u2212" : "\u00b1") + text;
    }

    /** @return key → {chapter, name, value as shown, value as a plain number or null} */
    private static Map<String, String[]> layout(ProgrammeView view) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        var s = view.summary();
        put(fields, "Version", "Status", s.statusLabel());
        put(fields, "Version", "Stand", date(s.standDate()));
        put(fields, "Version", "Vereinbart am", date(s.agreedOn()));
        put(fields, "Version", "Begründung der Fortschreibung", s.revisionReason());
        var t = view.targets();
        put(fields, "Ziele", "Ziel 2: Integrationen", number(t.integrations()));
        put(fields, "Ziele", "Ziel 2: Integrationsquote (%)", number(t.integrationRate()));
        put(fields, "Ziele", "Ziel 2: Integrationen Frauen", number(t.integrationsWomen()));
        put(fields, "Ziele", "Ziel 2: Integrationen Männer", number(t.integrationsMen()));
        put(fields, "Ziele", "Ziel 2: Integrationsquote Frauen (%)", number(t.integrationRateWomen()));
        put(fields, "Ziele", "Ziel 2: Integrationsquote Männer (%)", number(t.integrationRateMen()));
        put(fields, "Ziele", "Ziel 2: Quote Vorjahr (%)", number(t.previousYearRate()));
        put(fields, "Ziele", "Ziel 3: Veränderung LZB-Bestand (%)", number(t.lzbChangePercent()));
        put(fields, "Ziele", "Ziel 3: Basis", t.lzbBasisLabel());
        put(fields, "Ziele", "Ziel 3: Ausgangsbestand", number(t.lzbBaseline()));
        for (int i = 0; i < view.targetPath().size(); i++) {
            put(fields, "Soll-Pfad", monthName(i), number(view.targetPath().get(i)));
        }
        for (var goal : view.goals()) {
            put(fields, goal.kindLabel(), goal.title(), goal.targetLabel() + " (" + goal.statusLabel() + ")");
        }
        var b = view.budget();
        for (var row : b.rows()) {
            put(fields, "Budget", row.title() + ": Vorjahr", number(row.previous()));
            put(fields, "Budget", row.title() + ": Planjahr", number(row.current()));
        }
        put(fields, "Budget", "Art der Beträge", b.kindLabel());
        put(fields, "Budget", "Stand der Beträge", date(b.stand()));
        put(fields, "Budget", "Umschichtungen EGL → VK", number(b.transferTotal()));
        for (var line : b.planLines()) {
            put(fields, "Planzeilen", line.categoryLabel() + ": Betrag", number(line.amount()));
            put(fields, "Planzeilen", line.categoryLabel() + ": Eintritte", number(line.plannedEntries()));
        }
        for (int i = 0; i < b.spendingProfile().size(); i++) {
            put(fields, "Ausgabenprofil", monthName(i), number(b.spendingProfile().get(i)));
        }
        for (var line : view.staff().lines()) {
            put(fields, "Personal", line.employerLabel() + ", " + line.functionLabel(), number(line.capacity()));
        }
        for (var line : view.staff().caseload()) {
            put(fields, "Betreuungsschlüssel", line.groupLabel() + ": Kunden", number(line.customers()));
            put(fields, "Betreuungsschlüssel", line.groupLabel() + ": Kapazität", number(line.staff()));
        }
        for (var section : view.sections()) {
            put(fields, TEXTS, section.title(), section.content());
        }
        return fields;
    }

    private static void put(Map<String, String[]> fields, String chapter, String name, String value) {
        String key = chapter + "|" + name;
        int n = 2;
        while (fields.containsKey(key)) {
            key = chapter + "|" + name + "#" + n++;
        }
        fields.put(key, new String[]{chapter, name, value, plain(value)});
    }

    /** @return the German number as a plain decimal ("1.234,5" → "1234.5"), null when the text is not a number */
    private static String plain(String value) {
        if (value == null || !value.matches("-?[0-9]{1,3}(\\.[0-9]{3})*(,[0-9]+)?")) {
            return null;
        }
        return value.replace(".", "").replace(',', '.');
    }

    private static String monthName(int index) {
        return java.time.Month.of(index % 12 + 1).getDisplayName(java.time.format.TextStyle.FULL, Locale.GERMANY);
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static String number(Number value) {
        if (value == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
        format.setMaximumFractionDigits(2);
        return format.format(value instanceof BigDecimal decimal ? decimal : value);
    }
}
