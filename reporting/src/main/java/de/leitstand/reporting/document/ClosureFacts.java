package de.leitstand.reporting.document;

import de.leitstand.programmes.api.ProgrammeViews;

import java.util.List;
import java.util.Locale;

/**
 * The Sachverhalt of a Mitteilungsvorlage on the end of a pact membership, written from the programme's data the way
 * the Mitteilungsvorlage 2011-16/1287 des Landkreises Rotenburg (Wümme) reads: participation, target group, pact,
 * partners, coordination, financial lead; the pact's concept changes as sentences; the end of the programme and the
 * integrations reached.
 */
public final class ClosureFacts {

    private static final GermanFormat FMT = new GermanFormat();

    private ClosureFacts() {
    }

    /**
     * @param s      the closure summary of the Jobcenter's pact membership
     * @param issuer the body issuing the paper (e.g. "Landkreis Rotenburg (Wümme)")
     */
    public static String of(ProgrammeViews.ClosureSummary s, Issuer issuer) {
        StringBuilder text = new StringBuilder();
        text.append(issuer.subject()).append(" hat in der Zeit vom ").append(FMT.date(s.participationFrom())).append(" bis zum ")
                .append(FMT.date(s.participationTo())).append(" am Bundesprogramm „").append(s.programmeShortName()).append("“ teilgenommen");
        if (s.targetGroup() != null && !s.targetGroup().isBlank()) {
            TargetGroup group = TargetGroup.of(s.targetGroup().strip());
            text.append(", das die Förderung von ").append(group.dative()).append(" zum Ziel hatte");
            if (group.clause() != null) {
                text.append(", ").append(group.clause());
            }
        }
        text.append(". Zu diesem Zweck ist ").append(issuer.shortSubject()).append(" gemäß den Bedingungen dieses Förderprogramms einem von ")
                .append(s.pactsNationwide() == null ? "mehreren" : "bundesweit " + s.pactsNationwide())
                .append(" Beschäftigungspakten beigetreten; konkret dem Beschäftigungspakt ").append(quoted(s.pactName())).append(endOfSentence(s.pactName()));
        if (!s.partnerJobcenters().isEmpty()) {
            text.append(" Die regionalen Partner in diesem Pakt waren ")
                    .append(s.partnerJobcenters().size() == 1 ? "das Jobcenter " : "die Jobcenter ").append(joined(s.partnerJobcenters())).append('.');
        }
        if (s.coordinatorName() != null) {
            text.append(" Der organisatorische Rahmen, die Koordination der Paktangelegenheiten und die Pressearbeit wurden durch ")
                    .append(withArticle(s.coordinatorName())).append(" gesteuert.");
        }
        if (s.leadName() != null) {
            text.append(" Die Finanzverantwortung lag beim Jobcenter ").append(s.leadName()).append('.');
        }
        String changes = conceptChanges(s, issuer);
        if (!changes.isEmpty()) {
            text.append("\n\n").append(changes);
        }
        long years = Math.max(1, s.participationTo().getYear() - s.participationFrom().getYear() + 1);
        text.append("\n\nZum ").append(FMT.date(s.phaseTo())).append(" endete das Förderprogramm des Bundes und damit auch die Arbeit der Beschäftigungspakte. ")
                .append(years == 1 ? "Im Jahr" : "In den " + years + " Jahren").append(" der Programmteilnahme ")
                .append(s.totals().integrations() == 1 ? "konnte" : "konnten").append(" vom Jobcenter ").append(s.jobcenterName())
                .append(" insgesamt ").append(FMT.integer(s.totals().integrations()))
                .append(s.totals().integrations() == 1 ? " Integration" : " Integrationen").append(" aus dieser Zielgruppe erreicht werden.")
                .append(" Zu weiteren Einzelheiten und den Ergebnissen des Programms ").append(issuer.inside()).append(" wird in der Sitzung berichtet.");
        return text.toString();
    }

    /** The pact's changes of concept, each as sentences of the Sachverhalt. */
    private static String conceptChanges(ProgrammeViews.ClosureSummary s, Issuer issuer) {
        StringBuilder text = new StringBuilder();
        for (ProgrammeViews.EventView change : s.conceptChanges()) {
            String initiative = change.jobcenterName() == null ? "" : " auf Initiative des Jobcenters " + change.jobcenterName();
            String sentence = switch (change.type()) {
                case "EINZELKONZEPTE" -> "Im Beschäftigungspakt " + quoted(s.pactName()) + " bestand zum Zeitpunkt des Beitritts "
                        + issuer.genitive() + " ein gemeinsames Konzept zur Förderung der Zielgruppe. Der Beschäftigungspakt hat sich daraufhin"
                        + initiative + " zum " + FMT.date(change.date()) + " neue Strukturen gegeben und jobcenterbezogene Einzelkonzepte zugelassen.";
                case "GEMEINSAMES_KONZEPT" -> "Der Beschäftigungspakt hat sich" + initiative + " zum " + FMT.date(change.date())
                        + " ein gemeinsames Konzept zur Förderung der Zielgruppe gegeben.";
                case "KOORDINATION" -> "Zum " + FMT.date(change.date()) + " hat die Koordination des Beschäftigungspakts gewechselt.";
                default -> "Zum " + FMT.date(change.date()) + " hat sich das Konzept des Beschäftigungspakts geändert.";
            };
            text.append(text.length() == 0 ? "" : " ").append(sentence);
        }
        return text.toString();
    }

    private static String quoted(String name) {
        return "„" + name + "“";
    }

    /** A sentence ending with a quoted name that ends with its own full stop, like „… packt an.“, takes no second one. */
    private static String endOfSentence(String quotedName) {
        return quotedName.matches(".*[.!?]$") ? "" : ".";
    }

    private static String withArticle(String organisation) {
        String lower = organisation.toLowerCase(Locale.GERMAN);
        if (lower.matches(".*\\b(ag|gmbh|ggmbh|kg|se|mbh|gesellschaft|agentur|stiftung|genossenschaft|eg)$")) {
            return "die " + organisation;
        }
        if (lower.matches(".*\\b(e\\.\\s?v\\.|verein|verband)$")) {
            return "den " + organisation;
        }
        return organisation;
    }

    static String joined(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " und " + names.get(names.size() - 1);
    }

    /**
     * A target group as the programme states it, "Leistungsberechtigte im SGB II, die das 50. Lebensjahr vollendet haben":
     * its head in the dative plural ("Leistungsberechtigten im SGB II") and its relative clause in the past tense
     * ("die das 50. Lebensjahr vollendet hatten"), since the programme has ended.
     */
    record TargetGroup(String dative, String clause) {

        static TargetGroup of(String group) {
            int comma = group.indexOf(", die ");
            String head = comma < 0 ? group : group.substring(0, comma);
            String clause = comma < 0 ? null : past(group.substring(comma + 2));
            return new TargetGroup(dativePlural(head), clause);
        }

        /** Adjectival nouns in the plural ("Leistungsberechtigte", "Arbeitslose") take -n in the dative. */
        private static String dativePlural(String head) {
            int space = head.indexOf(' ');
            String noun = space < 0 ? head : head.substring(0, space);
            String rest = space < 0 ? "" : head.substring(space);
            if (noun.endsWith("e") && Character.isUpperCase(noun.charAt(0))) {
                noun = noun + "n";
            }
            return noun + rest;
        }

        private static String past(String clause) {
            return clause.replaceAll("\\bhaben$", "hatten").replaceAll("\\bsind$", "waren").replaceAll("\\bhaben\\b(?=\\s+oder)", "hatten");
        }
    }
}
