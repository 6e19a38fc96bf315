package de.leitstand.reporting.application;

import de.leitstand.kernel.api.ValidationException;
import de.leitstand.planning.api.TargetAgreements;
import de.leitstand.reporting.api.ExportApi.TableInfo;
import de.leitstand.reporting.api.LevelTrackingApi;
import de.leitstand.reporting.document.TableExport;
import de.leitstand.reporting.document.TableExport.Column;
import de.leitstand.reporting.document.TableExport.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The export tables of the target agreement cascade: the level's round, a Jobcenter's round, the level's tracking. */
@ApplicationScoped
class CascadeExports {

    static final List<TableInfo> TABLES = List.of(
            new TableInfo("zielvereinbarungen", "Planungsrunde der Aufsichtsebene (Zielvereinbarungen)", List.of("year", "level")),
            new TableInfo("zielvereinbarung-verlauf", "Verlauf der Planungsrunde eines Jobcenters", List.of("year", "agencyNumber")),
            new TableInfo("zielnachhaltung-ebene", "Zielnachhaltung aller Jobcenter der Aufsichtsebene", List.of("month", "level")));

    @Inject
    TargetAgreements agreements;

    @Inject
    LevelTrackingApi tracking;

    boolean handles(String table) {
        return TABLES.stream().anyMatch(t -> t.name().equals(table));
    }

    TableExport.Table table(String table, Map<String, String> p) {
        return switch (table) {
            case "zielvereinbarungen" -> {
                var o = agreements.overview(p.get("level"), year(p));
                List<List<Object>> rows = new ArrayList<>();
                o.rows().forEach(r -> rows.add(Arrays.asList(r.agencyNumber(), r.jobcenterName(), r.statusLabel(), r.deadline(),
                        r.referenceRateLow(), r.referenceRateHigh(), r.offer() == null ? null : r.offer().integrations(),
                        r.offer() == null ? null : r.offer().averageElb(), r.offer() == null ? null : r.offer().integrationRate(),
                        r.offer() == null ? null : r.offer().integrationRateWomen(), r.offer() == null ? null : r.offer().integrationRateMen(),
                        r.rateAgainstReference(), r.referenceLzbLow(), r.referenceLzbHigh(),
                        r.offer() == null ? null : r.offer().lzbChangePercent(), r.offerRound())));
                rows.add(Arrays.asList(null, "Summe " + o.levelName(), null, o.nextDeadline(), null, null, o.integrations(), o.averageElb(),
                        o.integrationRate(), null, null, null, null, null, null, null));
                yield new TableExport.Table("Zielvereinbarungen " + o.year() + " " + o.levelName(), List.of(new Column("Träger-Nr.", Kind.TEXT),
                        new Column("Jobcenter", Kind.TEXT), new Column("Stand", Kind.TEXT), new Column("Frist", Kind.DATE),
                        new Column("Referenz IQ von (%)", Kind.DECIMAL1), new Column("Referenz IQ bis (%)", Kind.DECIMAL1),
                        new Column("Integrationen", Kind.INTEGER), new Column("ELB (Durchschnitt)", Kind.INTEGER),
                        new Column("Integrationsquote (%)", Kind.DECIMAL1), new Column("IQ Frauen (%)", Kind.DECIMAL1),
                        new Column("IQ Männer (%)", Kind.DECIMAL1), new Column("IQ gegen Referenz", Kind.TEXT),
                        new Column("Referenz LZB von (%)", Kind.DECIMAL1), new Column("Referenz LZB bis (%)", Kind.DECIMAL1),
                        new Column("Veränderung LZB (%)", Kind.DECIMAL1), new Column("Angebotsrunde", Kind.INTEGER)), rows);
            }
            case "zielvereinbarung-verlauf" -> {
                int year = year(p);
                List<List<Object>> rows = new ArrayList<>();
                agreements.list(p.get("agencyNumber"), year).forEach(a -> a.steps().forEach(s -> rows.add(Arrays.asList(
                        a.agencyNumber(), a.jobcenterName(), s.kindLabel(), s.actor(), s.occurredAt() == null ? null
                                : GERMAN_TIME.format(s.occurredAt().atZone(java.time.ZoneId.of("Europe/Berlin"))),
                        s.figures() == null ? null : s.figures().integrations(), s.figures() == null ? null : s.figures().integrationRate(),
                        s.figures() == null ? null : s.figures().integrationRateWomen(), s.figures() == null ? null : s.figures().integrationRateMen(),
                        s.figures() == null ? null : s.figures().lzbChangePercent(), s.reason()))));
                yield new TableExport.Table("Planungsrunde " + year, List.of(new Column("Träger-Nr.", Kind.TEXT), new Column("Jobcenter", Kind.TEXT),
                        new Column("Schritt", Kind.TEXT), new Column("Benutzer", Kind.TEXT), new Column("Zeitpunkt", Kind.TEXT),
                        new Column("Integrationen", Kind.INTEGER), new Column("Integrationsquote (%)", Kind.DECIMAL1),
                        new Column("IQ Frauen (%)", Kind.DECIMAL1), new Column("IQ Männer (%)", Kind.DECIMAL1),
                        new Column("Veränderung LZB (%)", Kind.DECIMAL1), new Column("Begründung", Kind.TEXT)), rows);
            }
            case "zielnachhaltung-ebene" -> {
                var t = tracking.levelTracking(p.get("level"), month(p));
                List<List<Object>> rows = new ArrayList<>();
                t.rows().forEach(r -> rows.add(Arrays.asList(r.agencyNumber(), r.jobcenterName(), r.agreementStatusLabel(), r.agreedRate(),
                        r.plannedIntegrations(), r.integrationsSoFar(), r.plannedToDate(), r.attainmentPercent(), r.yearToDateRate(),
                        r.forecastIntegrations(), r.forecastAttainmentPercent(), r.trafficLight(), r.lzbChangeTarget(), r.lzbChangeSoFar(),
                        r.lzbTrafficLight(), r.reason())));
                yield new TableExport.Table("Zielnachhaltung " + t.month() + " " + t.levelName(), List.of(new Column("Träger-Nr.", Kind.TEXT),
                        new Column("Jobcenter", Kind.TEXT), new Column("Zielvereinbarung", Kind.TEXT), new Column("vereinbarte IQ (%)", Kind.DECIMAL1),
                        new Column("Integrationen Ziel", Kind.INTEGER), new Column("Integrationen seit Januar", Kind.DECIMAL1),
                        new Column("Soll laut Zielpfad", Kind.INTEGER), new Column("Zielerreichung (%)", Kind.DECIMAL1),
                        new Column("Jahresfortschrittswert (%)", Kind.DECIMAL1), new Column("Prognose Integrationen", Kind.DECIMAL1),
                        new Column("Prognose Zielerreichung (%)", Kind.DECIMAL1), new Column("Ampel", Kind.TEXT),
                        new Column("Ziel LZB (%)", Kind.DECIMAL1), new Column("LZB bisher (%)", Kind.DECIMAL1), new Column("Ampel LZB", Kind.TEXT),
                        new Column("Hinweis", Kind.TEXT)), rows);
            }
            default -> throw new IllegalArgumentException(table);
        };
    }

    private static final java.time.format.DateTimeFormatter GERMAN_TIME = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private static int year(Map<String, String> p) {
        String value = p.get("year");
        if (value == null || value.isBlank()) {
            throw new ValidationException("PARAMETER_MISSING", "year", "Bitte geben Sie „year“ an.");
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException("YEAR_INVALID", "year", "„" + value + "“ ist kein Jahr.");
        }
    }

    private static YearMonth month(Map<String, String> p) {
        String value = p.get("month");
        if (value == null || value.isBlank()) {
            throw new ValidationException("PARAMETER_MISSING", "month", "Bitte geben Sie „month“ an.");
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException("MONTH_INVALID", "month", "„" + value + "“ ist kein Monat (JJJJ-MM).");
        }
    }
}
