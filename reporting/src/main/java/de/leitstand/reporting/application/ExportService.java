package de.leitstand.reporting.application;

import de.leitstand.controlling.api.ControllingApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.controlling.api.StructureApi;
import de.leitstand.controlling.api.StructureViews;
import de.leitstand.controlling.api.SupervisionApi;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.planning.api.ProgrammePlanning;
import de.leitstand.planning.api.ProgrammeView;
import de.leitstand.reporting.api.ExportApi;
import de.leitstand.reporting.api.ReportingApi;
import de.leitstand.reporting.api.ReportingViews;
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
import java.util.Locale;
import java.util.Map;

@ApplicationScoped
public class ExportService implements ExportApi {

    private static final List<TableInfo> TABLES = List.of(
            new TableInfo("kennzahlen", "Kennzahlen eines Monats", List.of("month", "gender", "agencyNumber")),
            new TableInfo("vergleich", "Vergleich der Jobcenter", List.of("code", "month", "gender", "group")),
            new TableInfo("bundesweit", "Alle Kennzahlen aller Jobcenter", List.of("month", "gender")),
            new TableInfo("abgleich", "Abgleich berechnet gegen veröffentlicht", List.of("month", "gender", "agencyNumber")),
            new TableInfo("abgleich-bundesweit", "Jobcenter mit Abweichungen von den veröffentlichten Kennzahlen", List.of("month", "gender")),
            new TableInfo("fehlerquoten", "Fehlerquoten der Fachaufsicht", List.of("month", "agencyNumber")),
            new TableInfo("integrationsprognose", "ELB nach Integrationsprognose und Alter", List.of("period", "agencyNumber")),
            new TableInfo("erwerbstaetige", "Erwerbstätige ELB nach Einkommen", List.of("month", "agencyNumber")),
            new TableInfo("budget", "Budget eines Programms", List.of("programme")),
            new TableInfo("planzeilen", "Verteilung des Eingliederungsbudgets", List.of("programme")),
            new TableInfo("dokumente", "Erzeugte Dokumente", List.of("agencyNumber")),
            new TableInfo("basiszahlen", "Basiszahlen eines Monats mit Datenstand", List.of("month", "agencyNumber")),
            new TableInfo("zeitreihe", "Zeitreihe einer Kennzahl", List.of("code", "from", "to", "agencyNumber")),
            new TableInfo("arbeitslose", "Arbeitslose im SGB II", List.of("month", "agencyNumber")),
            new TableInfo("jahresdurchschnitte", "ELB und Bedarfsgemeinschaften im Jahresdurchschnitt", List.of("from", "to", "agencyNumber")),
            new TableInfo("prueffaelle", "Prüffälle eines Monats", List.of("month", "agencyNumber")),
            new TableInfo("qualitaet", "Qualitätsstandards im Monat", List.of("month", "agencyNumber")),
            new TableInfo("massnahmen", "Feststellungen und Maßnahmen der Fachaufsicht", List.of("agencyNumber")),
            new TableInfo("programme", "Arbeitsmarkt- und Integrationsprogramme (Versionen)", List.of("year", "agencyNumber")),
            new TableInfo("ziele", "Ziele eines Programms", List.of("programme")),
            new TableInfo("personal", "Personal eines Programms", List.of("programme")),
            new TableInfo("angebote", "Zielwertangebote der Teams", List.of("year", "agencyNumber")),
            new TableInfo("teilnahme", "Teilnahme je Mitglied und Jahr eines Beschäftigungspakts", List.of("pact")),
            new TableInfo("jobcenter", "Verzeichnis der Jobcenter", List.of("q", "type")),
            new TableInfo("versionsvergleich", "Vergleich zweier Programmversionen", List.of("left", "right")),
            new TableInfo("teams", "Teams", List.of("agencyNumber")),
            new TableInfo("paktmitglieder", "Mitglieder eines Beschäftigungspakts", List.of("pact")),
            new TableInfo("paktereignisse", "Ereignisse eines Beschäftigungspakts", List.of("pact")),
            new TableInfo("pakt-summen", "Summen je Mitglied eines Beschäftigungspakts", List.of("pact")),
            new TableInfo("organisationen", "Organisationen", List.of()),
            new TableInfo("pakte", "Beschäftigungspakte", List.of()),
            new TableInfo("foerderprogramme", "Förderprogramme mit Phasen", List.of()),
            new TableInfo("benutzer", "Benutzer", List.of("q", "agencyNumber")),
            new TableInfo("aenderungsprotokoll", "Änderungsprotokoll", List.of("agencyNumber", "user", "entityType", "from", "to")),
            new TableInfo("vergleichstypen", "Vergleichstypen mit Zuordnungen", List.of("month")),
            new TableInfo("pruefplan", "Prüfplan eines Jahres", List.of("year", "agencyNumber")),
            new TableInfo("prueffelder", "Prüffelder", List.of("agencyNumber")),
            new TableInfo("dialoge", "Zielnachhaltedialoge und Steuerungsmaßnahmen", List.of("agencyNumber")),
            new TableInfo("zielnachhaltung", "Ziele mit Kennzahl im Monat", List.of("month", "agencyNumber")),
            new TableInfo("zielpfad", "Integrationen seit Januar gegen den Zielpfad", List.of("month", "agencyNumber")),
            new TableInfo("vorlagen", "Vorlagen für Gremien", List.of("agencyNumber")),
            new TableInfo("fehlerquoten-monate", "Monatliche Fehlerquoten je Prüffeld", List.of("month", "agencyNumber")),
            new TableInfo("umschichtungen", "Umschichtungen eines Programms", List.of("programme")),
            new TableInfo("aggregate", "Zusammenfassungen der Planzeilen", List.of("programme")),
            new TableInfo("betreuungsschluessel", "Betreuungsschlüssel eines Programms", List.of("programme")),
            new TableInfo("phasen", "Phasen eines Förderprogramms", List.of("funding")),
            new TableInfo("berichtspflichten", "Berichtspflichten eines Förderprogramms", List.of("funding")),
            new TableInfo("abschluss", "Abschluss einer Paktteilnahme je Jahr", List.of("pact", "agencyNumber")));

    @Inject
    ControllingApi controlling;

    @Inject
    de.leitstand.controlling.api.ReconciliationApi reconciliation;

    @Inject
    StructureApi structure;

    @Inject
    SupervisionApi supervision;

    @Inject
    ProgrammePlanning planning;

    @Inject
    de.leitstand.controlling.api.SteeringApi steering;

    @Inject
    de.leitstand.planning.api.TeamPlanning teams;

    @Inject
    de.leitstand.programmes.api.ProgrammeManagement programmes;

    @Inject
    de.leitstand.kernel.api.JobcenterDirectory jobcenters;

    @Inject
    de.leitstand.kernel.api.UserAdministration users;

    @Inject
    de.leitstand.kernel.api.AuditTrail audit;

    @Inject
    de.leitstand.reporting.api.PaperApi papers;

    @Inject
    ReportingApi reporting;

    @Override
    public List<TableInfo> tables() {
        return TABLES;
    }

    @Override
    public ReportingViews.DocumentContent export(String table, Map<String, String> parameters, String format) {
        TableExport.Format parsed = switch (format == null || format.isBlank() ? "excel" : format.trim().toLowerCase(Locale.ROOT)) {
            case "excel" -> TableExport.Format.CSV_EXCEL;
            case "csv" -> TableExport.Format.CSV_RFC4180;
            case "xlsx" -> TableExport.Format.XLSX;
            default -> throw new ValidationException("FORMAT_INVALID", "format", "Das Format muss excel, csv oder xlsx sein.");
        };
        TableExport.Table data = table(table == null ? "" : table.trim(), parameters);
        String name = (table + "-" + String.join("-", parameters.values())).replaceAll("[^0-9A-Za-z_-]", "_") + "." + parsed.extension();
        return new ReportingViews.DocumentContent(name, parsed.mediaType(), TableExport.write(data, parsed));
    }

    private TableExport.Table table(String table, Map<String, String> p) {
        return switch (table) {
            case "kennzahlen" -> {
                List<List<Object>> rows = new ArrayList<>();
                for (ControllingViews.KpiView k : controlling.kpis(p.get("agencyNumber"), month(p, "month"), p.get("gender"), null)) {
                    rows.add(Arrays.asList(k.code(), k.name(), k.value(), k.changePercent(), k.numerator(), k.denominator(),
                            k.source(), k.reason()));
                }
                yield new TableExport.Table("Kennzahlen " + p.get("month"), List.of(new Column("Kennzahl", Kind.TEXT),
                        new Column("Bezeichnung", Kind.TEXT), new Column("Wert (%)", Kind.DECIMAL4),
                        new Column("Veränderung zum Vorjahresmonat (%)", Kind.DECIMAL4), new Column("Zähler", Kind.DECIMAL2),
                        new Column("Nenner", Kind.DECIMAL2), new Column("Fassung der Verordnung", Kind.TEXT),
                        new Column("nicht berechenbar, weil", Kind.TEXT)), rows);
            }
            case "vergleich" -> {
                ControllingViews.Comparison c = controlling.compare(required(p, "code"), month(p, "month"), p.get("gender"), p.get("group"));
                List<List<Object>> rows = new ArrayList<>();
                c.ranks().forEach(r -> rows.add(Arrays.asList(r.rank(), r.agencyNumber(), r.name(), r.value(), r.own() ? "eigenes Jobcenter" : null)));
                yield new TableExport.Table(c.code() + " " + c.month(), List.of(new Column("Rang", Kind.INTEGER), new Column("Träger-Nr.", Kind.TEXT),
                        new Column("Jobcenter", Kind.TEXT), new Column(c.code() + " (%)", Kind.DECIMAL4), new Column("Hinweis", Kind.TEXT)), rows);
            }
            case "abgleich" -> {
                var r = reconciliation.reconcile(p.get("agencyNumber"), month(p, "month"), p.get("gender"));
                List<List<Object>> rows = new ArrayList<>();
                r.lines().forEach(l -> rows.add(Arrays.asList(l.code(), l.name(), l.computedValue(), l.computedNumerator(),
                        l.computedDenominator(), l.publishedValue(), l.publishedNumerator(), l.publishedDenominator(),
                        l.publishedVintage() == null ? null : l.publishedVintage().toString(), l.difference(), l.statusLabel(), l.reason())));
                yield new TableExport.Table("Abgleich " + r.agencyNumber() + " " + r.month(), List.of(new Column("Kennzahl", Kind.TEXT),
                        new Column("Bezeichnung", Kind.TEXT), new Column("berechnet (%)", Kind.DECIMAL4), new Column("Zähler berechnet", Kind.DECIMAL2),
                        new Column("Nenner berechnet", Kind.DECIMAL2), new Column("veröffentlicht (%)", Kind.DECIMAL4),
                        new Column("Zähler veröffentlicht", Kind.DECIMAL2), new Column("Nenner veröffentlicht", Kind.DECIMAL2),
                        new Column("Datenstand", Kind.TEXT), new Column("Differenz (Prozentpunkte)", Kind.DECIMAL4),
                        new Column("Ergebnis", Kind.TEXT), new Column("Grund", Kind.TEXT)), rows);
            }
            case "abgleich-bundesweit" -> {
                var n = reconciliation.national(month(p, "month"), p.get("gender"));
                List<List<Object>> rows = new ArrayList<>();
                n.differing().forEach(d -> rows.add(Arrays.asList(d.agencyNumber(), d.name(), String.join(", ", d.codes()),
                        String.join(", ", d.statuses()))));
                yield new TableExport.Table("Abweichungen " + n.month(), List.of(new Column("Träger-Nr.", Kind.TEXT),
                        new Column("Jobcenter", Kind.TEXT), new Column("Kennzahlen", Kind.TEXT), new Column("Ergebnis", Kind.TEXT)), rows);
            }
            case "bundesweit" -> {
                ControllingViews.NationalTable n = controlling.national(month(p, "month"), p.get("gender"));
                List<Column> columns = new ArrayList<>(List.of(new Column("Träger-Nr.", Kind.TEXT), new Column("Jobcenter", Kind.TEXT)));
                n.codes().forEach(code -> columns.add(new Column(code + " (%)", Kind.DECIMAL4)));
                List<List<Object>> rows = new ArrayList<>();
                n.rows().forEach(r -> {
                    List<Object> row = new ArrayList<>(List.of(r.agencyNumber(), r.name()));
                    row.addAll(r.values());
                    rows.add(row);
                });
                yield new TableExport.Table("Kennzahlen " + n.month(), columns, rows);
            }
            case "fehlerquoten" -> {
                List<List<Object>> rows = new ArrayList<>();
                supervision.overview(p.get("agencyNumber"), month(p, "month")).areas().forEach(a -> rows.add(Arrays.asList(a.code(), a.name(),
                        a.riskScore(), a.auditedInMonth(), a.faultyInMonth(), a.rateInMonth(), a.annualAverage(), a.threshold(),
                        a.auditedSoFar(), a.plannedSoFar(), a.densityPercent(), a.financialImpactSoFar())));
                yield new TableExport.Table("Fehlerquoten " + p.get("month"), List.of(new Column("Prüffeld", Kind.TEXT), new Column("Bezeichnung", Kind.TEXT),
                        new Column("Risiko", Kind.INTEGER), new Column("geprüft im Monat", Kind.INTEGER), new Column("fehlerhaft im Monat", Kind.INTEGER),
                        new Column("Fehlerquote Monat (%)", Kind.DECIMAL1), new Column("Fehlerquote Jahresdurchschnitt (%)", Kind.DECIMAL1),
                        new Column("Schwellenwert (%)", Kind.DECIMAL2), new Column("geprüft seit Januar", Kind.INTEGER),
                        new Column("geplant seit Januar", Kind.INTEGER), new Column("Prüfdichte (%)", Kind.DECIMAL1),
                        new Column("finanzielle Auswirkung (€)", Kind.DECIMAL2)), rows);
            }
            case "integrationsprognose" -> {
                StructureViews.Table t = structure.prognosis(p.get("agencyNumber"), required(p, "period"));
                List<List<Object>> rows = new ArrayList<>();
                t.rows().forEach(r -> rows.add(Arrays.asList(r.label(), r.value(), r.share(), r.byAge().get("U25"), r.byAge().get("U55"), r.byAge().get("AB55"))));
                yield new TableExport.Table("Integrationsprognose " + t.period(), List.of(new Column("Integrationsprognose", Kind.TEXT),
                        new Column("ELB", Kind.INTEGER), new Column("Anteil an ELB (%)", Kind.DECIMAL1), new Column("15 bis unter 25", Kind.INTEGER),
                        new Column("25 bis unter 55", Kind.INTEGER), new Column("55 und älter", Kind.INTEGER)), rows);
            }
            case "erwerbstaetige" -> {
                StructureViews.Table t = structure.employment(p.get("agencyNumber"), month(p, "month"));
                List<List<Object>> rows = new ArrayList<>();
                t.rows().forEach(r -> rows.add(Arrays.asList(r.label(), r.value(), r.changeAbsolute(), r.changePercent(), r.share())));
                yield new TableExport.Table("Erwerbstätige ELB " + t.period(), List.of(new Column("Merkmal", Kind.TEXT), new Column("Berichtsmonat", Kind.INTEGER),
                        new Column("Veränderung absolut", Kind.INTEGER), new Column("Veränderung (%)", Kind.DECIMAL1), new Column("Anteil (%)", Kind.DECIMAL1)), rows);
            }
            case "budget", "planzeilen" -> {
                ProgrammeView programme = planning.get(programme(p));
                if (programme.budget() == null) {
                    throw new NotFoundException("BUDGET_NOT_FOUND", "Das Programm hat noch kein Budget.");
                }
                List<List<Object>> rows = new ArrayList<>();
                if ("budget".equals(table)) {
                    programme.budget().rows().forEach(r -> rows.add(Arrays.asList(r.title(), r.previous(), r.current(), r.difference(), r.differencePercent())));
                    yield new TableExport.Table("Budget " + programme.summary().year(), List.of(new Column("Titel", Kind.TEXT),
                            new Column(programme.budget().previousLabel(), Kind.INTEGER), new Column(programme.budget().currentLabel(), Kind.INTEGER),
                            new Column("Delta absolut", Kind.INTEGER), new Column("Delta (%)", Kind.DECIMAL1)), rows);
                }
                programme.budget().planLines().forEach(l -> rows.add(Arrays.asList(l.categoryLabel(), l.legalBasis(), l.amount(), l.sharePercent(),
                        l.plannedEntries(), l.averageCostPerEntry(), l.demoValue() ? "Demowert" : null)));
                yield new TableExport.Table("Planzeilen " + programme.summary().year(), List.of(new Column("Instrument", Kind.TEXT),
                        new Column("Rechtsgrundlage", Kind.TEXT), new Column("Betrag (€)", Kind.INTEGER), new Column("Anteil (%)", Kind.DECIMAL1),
                        new Column("Eintritte", Kind.INTEGER), new Column("Kosten je Eintritt (€)", Kind.DECIMAL2), new Column("Hinweis", Kind.TEXT)), rows);
            }
            case "dokumente" -> {
                List<List<Object>> rows = new ArrayList<>();
                reporting.documents(p.get("agencyNumber")).forEach(d -> rows.add(Arrays.asList(d.title(), d.kind(),
                        d.generatedAt().atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate(), d.generatedBy(), d.fileName(), d.size(), d.sha512())));
                yield new TableExport.Table("Dokumente", List.of(new Column("Dokument", Kind.TEXT), new Column("Art", Kind.TEXT),
                        new Column("Erzeugt am", Kind.DATE), new Column("von", Kind.TEXT), new Column("Datei", Kind.TEXT),
                        new Column("Bytes", Kind.INTEGER), new Column("SHA-512", Kind.TEXT)), rows);
            }
            case "basiszahlen" -> {
                List<List<Object>> rows = new ArrayList<>();
                controlling.basisValues(p.get("agencyNumber"), month(p, "month")).forEach(v -> rows.add(Arrays.asList(v.series(), v.seriesName(),
                        v.gender(), v.vintage().toString(), v.value(), v.latest() ? "gilt" : "überholt", v.source())));
                yield new TableExport.Table("Basiszahlen " + p.get("month"), List.of(new Column("Reihe", Kind.TEXT), new Column("Bezeichnung", Kind.TEXT),
                        new Column("Geschlecht", Kind.TEXT), new Column("Datenstand", Kind.TEXT), new Column("Wert", Kind.DECIMAL2),
                        new Column("Stand", Kind.TEXT), new Column("Quelle", Kind.TEXT)), rows);
            }
            case "zeitreihe" -> {
                String code = required(p, "code");
                List<List<Object>> rows = new ArrayList<>();
                controlling.series(p.get("agencyNumber"), code, month(p, "from"), month(p, "to"))
                        .forEach(point -> rows.add(Arrays.asList(point.month().toString(), point.value(), point.reason())));
                yield new TableExport.Table(code + " " + p.get("from") + " bis " + p.get("to"), List.of(new Column("Monat", Kind.TEXT),
                        new Column(code + " (%)", Kind.DECIMAL4), new Column("nicht berechenbar, weil", Kind.TEXT)), rows);
            }
            case "arbeitslose" -> {
                StructureViews.Table t = structure.unemployment(p.get("agencyNumber"), month(p, "month"));
                List<List<Object>> rows = new ArrayList<>();
                t.rows().forEach(r -> rows.add(Arrays.asList(r.label(), r.value(), r.share())));
                yield new TableExport.Table("Arbeitslose " + t.period(), List.of(new Column("Merkmal", Kind.TEXT), new Column("Anzahl bzw. Quote", Kind.DECIMAL1),
                        new Column("Anteil (%)", Kind.DECIMAL1)), rows);
            }
            case "jahresdurchschnitte" -> {
                List<List<Object>> rows = new ArrayList<>();
                structure.annualAverages(p.get("agencyNumber"), year(p, "from"), year(p, "to"))
                        .forEach(a -> rows.add(Arrays.asList(a.year(), a.elb(), a.bg())));
                yield new TableExport.Table("Jahresdurchschnitte", List.of(new Column("Jahr", Kind.INTEGER), new Column("ELB", Kind.INTEGER),
                        new Column("Bedarfsgemeinschaften", Kind.INTEGER)), rows);
            }
            case "prueffaelle" -> {
                List<List<Object>> rows = new ArrayList<>();
                supervision.cases(p.get("agencyNumber"), month(p, "month")).forEach(c -> rows.add(Arrays.asList(c.date(), c.areaCode(), c.team(),
                        c.auditor(), c.caseReference(), c.faulty() ? "fehlerhaft" : "ohne Fehler", c.errorType(), c.financialImpact())));
                yield new TableExport.Table("Prüffälle " + p.get("month"), List.of(new Column("Datum", Kind.DATE), new Column("Prüffeld", Kind.TEXT),
                        new Column("Team", Kind.TEXT), new Column("Prüfer/in", Kind.TEXT), new Column("Fallzeichen", Kind.TEXT),
                        new Column("Ergebnis", Kind.TEXT), new Column("Fehlerart", Kind.TEXT), new Column("finanzielle Auswirkung (€)", Kind.DECIMAL2)), rows);
            }
            case "qualitaet" -> {
                List<List<Object>> rows = new ArrayList<>();
                steering.quality(p.get("agencyNumber"), month(p, "month")).standards().forEach(q -> rows.add(Arrays.asList(q.code(), q.name(),
                        q.kind(), q.target(), q.actual(), q.actualMonth() == null ? null : q.actualMonth().toString(),
                        q.met() == null ? null : q.met() ? "erreicht" : "nicht erreicht")));
                yield new TableExport.Table("Qualität " + p.get("month"), List.of(new Column("Kürzel", Kind.TEXT), new Column("Standard", Kind.TEXT),
                        new Column("Art", Kind.TEXT), new Column("Ziel", Kind.DECIMAL2), new Column("Ist", Kind.DECIMAL2), new Column("Ist aus Monat", Kind.TEXT),
                        new Column("Stand", Kind.TEXT)), rows);
            }
            case "massnahmen" -> {
                List<List<Object>> rows = new ArrayList<>();
                supervision.findings(p.get("agencyNumber")).forEach(f -> f.actions().forEach(a -> rows.add(Arrays.asList(f.foundOn(), f.areaCode(),
                        f.description(), a.description(), a.owner(), a.dueDate(), a.status(), a.overdue() ? "überfällig" : null, a.followUpDate(),
                        a.followUpResult()))));
                yield new TableExport.Table("Maßnahmen", List.of(new Column("Feststellung vom", Kind.DATE), new Column("Prüffeld", Kind.TEXT),
                        new Column("Feststellung", Kind.TEXT), new Column("Maßnahme", Kind.TEXT), new Column("Verantwortlich", Kind.TEXT),
                        new Column("Fällig", Kind.DATE), new Column("Status", Kind.TEXT), new Column("Hinweis", Kind.TEXT),
                        new Column("Nachprüfung am", Kind.DATE), new Column("Ergebnis der Nachprüfung", Kind.TEXT)), rows);
            }
            case "programme" -> {
                List<List<Object>> rows = new ArrayList<>();
                Integer year = p.get("year") == null || p.get("year").isBlank() ? null : year(p, "year");
                planning.list(p.get("agencyNumber"), year).forEach(v -> rows.add(Arrays.asList(v.year(), v.versionNumber(), v.statusLabel(),
                        v.standDate(), v.agreedOn(), v.agreedBy(), v.current() ? "aktuell" : null)));
                yield new TableExport.Table("Programme", List.of(new Column("Jahr", Kind.INTEGER), new Column("Version", Kind.INTEGER),
                        new Column("Status", Kind.TEXT), new Column("Stand", Kind.DATE), new Column("Vereinbart am", Kind.DATE),
                        new Column("Vereinbart von", Kind.TEXT), new Column("Hinweis", Kind.TEXT)), rows);
            }
            case "ziele" -> {
                ProgrammeView programme = planning.get(programme(p));
                ProgrammeView.Targets t = programme.targets();
                List<List<Object>> rows = new ArrayList<>();
                rows.add(Arrays.asList("Ziel 2", "Integrationen", t.integrations() == null ? null : java.math.BigDecimal.valueOf(t.integrations()), null));
                rows.add(Arrays.asList("Ziel 2", "Integrationsquote (%)", t.integrationRate(), null));
                rows.add(Arrays.asList("Ziel 3", "Veränderung des LZB-Bestands (%)", t.lzbChangePercent(), t.lzbBasisLabel()));
                programme.goals().forEach(g -> rows.add(Arrays.asList(g.kindLabel(), g.title(), g.targetNumber(), g.targetLabel())));
                yield new TableExport.Table("Ziele " + programme.summary().year(), List.of(new Column("Art", Kind.TEXT), new Column("Ziel", Kind.TEXT),
                        new Column("Zielwert", Kind.DECIMAL2), new Column("Erläuterung", Kind.TEXT)), rows);
            }
            case "personal" -> {
                ProgrammeView programme = planning.get(programme(p));
                if (programme.staff() == null) {
                    throw new NotFoundException("STAFF_NOT_FOUND", "Das Programm hat noch keine Personalplanung.");
                }
                List<List<Object>> rows = new ArrayList<>();
                programme.staff().lines().forEach(l -> rows.add(Arrays.asList(l.employerLabel(), l.functionLabel(), l.capacity())));
                yield new TableExport.Table("Personal " + programme.summary().year(), List.of(new Column("Träger", Kind.TEXT),
                        new Column("Funktion", Kind.TEXT), new Column("Kapazität (MAK)", Kind.DECIMAL2)), rows);
            }
            case "angebote" -> {
                var overview = teams.offers(p.get("agencyNumber"), year(p, "year"));
                List<List<Object>> rows = new ArrayList<>();
                overview.offers().forEach(o -> rows.add(Arrays.asList(o.teamName(), o.offeredIntegrations(), o.decisionLabel(), o.agreedIntegrations(),
                        o.effectiveIntegrations(), o.note())));
                yield new TableExport.Table("Zielwertangebote " + overview.year(), List.of(new Column("Team", Kind.TEXT), new Column("Angebot", Kind.INTEGER),
                        new Column("Entscheidung", Kind.TEXT), new Column("Vereinbart", Kind.INTEGER), new Column("Zählt", Kind.INTEGER),
                        new Column("Bemerkung", Kind.TEXT)), rows);
            }
            case "teilnahme" -> {
                long pactId;
                try {
                    pactId = Long.parseLong(required(p, "pact"));
                } catch (NumberFormatException e) {
                    throw new ValidationException("PARAMETER_INVALID", "pact", "„" + p.get("pact") + "“ ist keine Paktnummer.");
                }
                var pact = programmes.pact(pactId);
                List<List<Object>> rows = new ArrayList<>();
                pact.participation().forEach(r -> rows.add(Arrays.asList(r.agencyNumber(), r.jobcenterName(), r.year(), r.budgetGranted(), r.budgetSpent(),
                        r.activationsPlanned(), r.activationsActual(), r.integrationsPlanned(), r.integrationsActual())));
                yield new TableExport.Table("Teilnahme " + pact.name(), List.of(new Column("Träger-Nr.", Kind.TEXT), new Column("Jobcenter", Kind.TEXT),
                        new Column("Jahr", Kind.INTEGER), new Column("Budget bewilligt (€)", Kind.DECIMAL2), new Column("Budget verausgabt (€)", Kind.DECIMAL2),
                        new Column("Aktivierungen Plan", Kind.INTEGER), new Column("Aktivierungen Ist", Kind.INTEGER),
                        new Column("Integrationen Plan", Kind.INTEGER), new Column("Integrationen Ist", Kind.INTEGER)), rows);
            }
            case "jobcenter" -> {
                List<List<Object>> rows = new ArrayList<>();
                jobcenters.search(p.get("q"), p.get("type"), new de.leitstand.kernel.api.PageRequest(0, de.leitstand.kernel.api.PageRequest.MAX_SIZE))
                        .items().forEach(j -> rows.add(Arrays.asList(j.agencyNumber(), j.name(), j.type(), j.city(), j.email(), j.website())));
                yield new TableExport.Table("Jobcenter", List.of(new Column("Träger-Nr.", Kind.TEXT), new Column("Name", Kind.TEXT),
                        new Column("Form", Kind.TEXT), new Column("Ort", Kind.TEXT), new Column("E-Mail", Kind.TEXT), new Column("Website", Kind.TEXT)), rows);
            }
            case "versionsvergleich" -> {
                var c = planning.compare(id(p, "left"), id(p, "right"));
                List<List<Object>> rows = new ArrayList<>();
                c.fields().forEach(f -> rows.add(Arrays.asList(f.chapter(), f.name(), f.left(), f.right(), f.changed() ? "geändert" : null)));
                yield new TableExport.Table("Versionsvergleich", List.of(new Column("Kapitel", Kind.TEXT), new Column("Feld", Kind.TEXT),
                        new Column("Version " + c.left().versionNumber() + " (" + c.left().year() + ")", Kind.TEXT),
                        new Column("Version " + c.right().versionNumber() + " (" + c.right().year() + ")", Kind.TEXT), new Column("Hinweis", Kind.TEXT)), rows);
            }
            case "teams" -> {
                List<List<Object>> rows = new ArrayList<>();
                teams.teams(p.get("agencyNumber")).forEach(t -> rows.add(Arrays.asList(t.name(), t.active() ? "aktiv" : "inaktiv")));
                yield new TableExport.Table("Teams", List.of(new Column("Team", Kind.TEXT), new Column("Status", Kind.TEXT)), rows);
            }
            case "paktmitglieder", "paktereignisse", "pakt-summen" -> {
                var pact = programmes.pact(id(p, "pact"));
                List<List<Object>> rows = new ArrayList<>();
                if ("paktmitglieder".equals(table)) {
                    pact.members().forEach(m -> rows.add(Arrays.asList(m.agencyNumber(), m.name(), m.joinedOn(), m.leftOn(), m.lead() ? "federführend" : null)));
                    yield new TableExport.Table("Mitglieder", List.of(new Column("Träger-Nr.", Kind.TEXT), new Column("Jobcenter", Kind.TEXT),
                            new Column("Beitritt", Kind.DATE), new Column("Austritt", Kind.DATE), new Column("Rolle", Kind.TEXT)), rows);
                }
                if ("paktereignisse".equals(table)) {
                    pact.events().forEach(e -> rows.add(Arrays.asList(e.date(), e.typeLabel(), e.description(), e.jobcenterName())));
                    yield new TableExport.Table("Ereignisse", List.of(new Column("Datum", Kind.DATE), new Column("Art", Kind.TEXT),
                            new Column("Beschreibung", Kind.TEXT), new Column("Jobcenter", Kind.TEXT)), rows);
                }
                pact.totals().forEach(t -> rows.add(Arrays.asList(t.agencyNumber(), t.name(), t.firstYear(), t.lastYear(), t.totals().budgetGranted(),
                        t.totals().budgetSpent(), t.totals().activations(), t.totals().integrations(), t.totals().costPerIntegration())));
                yield new TableExport.Table("Summen", List.of(new Column("Träger-Nr.", Kind.TEXT), new Column("Jobcenter", Kind.TEXT),
                        new Column("von", Kind.INTEGER), new Column("bis", Kind.INTEGER), new Column("Budget bewilligt (€)", Kind.DECIMAL2),
                        new Column("Budget verausgabt (€)", Kind.DECIMAL2), new Column("Aktivierungen", Kind.INTEGER), new Column("Integrationen", Kind.INTEGER),
                        new Column("Kosten je Integration (€)", Kind.DECIMAL2)), rows);
            }
            case "pakte" -> {
                List<List<Object>> rows = new ArrayList<>();
                programmes.pacts().forEach(k -> rows.add(Arrays.asList(k.name(), k.programmeName(), k.phaseNumber(), k.phaseFrom(), k.phaseTo(),
                        k.leadName(), k.coordinatorName(), k.memberCount())));
                yield new TableExport.Table("Beschäftigungspakte", List.of(new Column("Pakt", Kind.TEXT), new Column("Programm", Kind.TEXT),
                        new Column("Phase", Kind.INTEGER), new Column("von", Kind.DATE), new Column("bis", Kind.DATE), new Column("federführend", Kind.TEXT),
                        new Column("Koordination", Kind.TEXT), new Column("Mitglieder", Kind.INTEGER)), rows);
            }
            case "organisationen" -> {
                List<List<Object>> rows = new ArrayList<>();
                programmes.organisations().forEach(o -> rows.add(Arrays.asList(o.name(), o.typeLabel(), o.address(), o.contact())));
                yield new TableExport.Table("Organisationen", List.of(new Column("Name", Kind.TEXT), new Column("Art", Kind.TEXT),
                        new Column("Anschrift", Kind.TEXT), new Column("Kontakt", Kind.TEXT)), rows);
            }
            case "foerderprogramme" -> {
                List<List<Object>> rows = new ArrayList<>();
                programmes.programmes().forEach(f -> f.phases().forEach(ph -> rows.add(Arrays.asList(f.name(), f.funderLabel(), ph.number(), ph.from(),
                        ph.to(), ph.budget(), ph.pactsNationwide()))));
                yield new TableExport.Table("Förderprogramme", List.of(new Column("Programm", Kind.TEXT), new Column("Mittelgeber", Kind.TEXT),
                        new Column("Phase", Kind.INTEGER), new Column("von", Kind.DATE), new Column("bis", Kind.DATE), new Column("Budget (€)", Kind.DECIMAL2),
                        new Column("Pakte bundesweit", Kind.INTEGER)), rows);
            }
            case "benutzer" -> {
                List<List<Object>> rows = new ArrayList<>();
                users.search(p.get("q"), p.get("agencyNumber"), new de.leitstand.kernel.api.PageRequest(0, de.leitstand.kernel.api.PageRequest.MAX_SIZE))
                        .items().forEach(u -> rows.add(Arrays.asList(u.username(), u.displayName(), u.agencyNumber(), u.jobcenterName(),
                                String.join(", ", u.roles().stream().map(Enum::name).sorted().toList()), u.enabled() ? "aktiv" : "gesperrt")));
                yield new TableExport.Table("Benutzer", List.of(new Column("Benutzername", Kind.TEXT), new Column("Name", Kind.TEXT),
                        new Column("Träger-Nr.", Kind.TEXT), new Column("Jobcenter", Kind.TEXT), new Column("Rollen", Kind.TEXT), new Column("Status", Kind.TEXT)), rows);
            }
            case "aenderungsprotokoll" -> {
                List<List<Object>> rows = new ArrayList<>();
                audit.search(new de.leitstand.kernel.api.AuditQuery(p.get("agencyNumber"), p.get("user"), p.get("entityType"), null, null,
                                date(p, "from"), date(p, "to")), new de.leitstand.kernel.api.PageRequest(0, de.leitstand.kernel.api.PageRequest.MAX_SIZE))
                        .items().forEach(e -> rows.add(Arrays.asList(e.occurredAt().atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate(), e.username(),
                                e.agencyNumber(), e.entityLabel(), e.subject() == null ? e.entityId() : e.subject(), e.action(), e.changes().stream()
                                        .map(c -> c.label() + ": " + (c.oldValue() == null ? "–" : c.oldValue()) + " → "
                                                + (c.newValue() == null ? "–" : c.newValue())).collect(java.util.stream.Collectors.joining("; ")))));
                yield new TableExport.Table("Änderungsprotokoll", List.of(new Column("Datum", Kind.DATE), new Column("Benutzer", Kind.TEXT),
                        new Column("Träger-Nr.", Kind.TEXT), new Column("Datensatz", Kind.TEXT), new Column("Kennung", Kind.TEXT),
                        new Column("Aktion", Kind.TEXT), new Column("Änderungen", Kind.TEXT)), rows);
            }
            case "vergleichstypen" -> {
                List<List<Object>> rows = new ArrayList<>();
                YearMonth asOf = p.get("month") == null || p.get("month").isBlank() ? null : month(p, "month");
                controlling.comparisonTypes(asOf).forEach(t -> {
                    if (t.members().isEmpty()) {
                        rows.add(Arrays.asList(t.code(), t.name(), t.validFrom().toString(), t.validTo() == null ? null : t.validTo().toString(), null, null, null));
                    }
                    t.members().forEach(m -> rows.add(Arrays.asList(t.code(), t.name(), t.validFrom().toString(),
                            t.validTo() == null ? null : t.validTo().toString(), m.agencyNumber(), m.name(), m.validFrom().toString())));
                });
                yield new TableExport.Table("Vergleichstypen", List.of(new Column("Kürzel", Kind.TEXT), new Column("Bezeichnung", Kind.TEXT),
                        new Column("gültig ab", Kind.TEXT), new Column("gültig bis", Kind.TEXT), new Column("Träger-Nr.", Kind.TEXT),
                        new Column("Jobcenter", Kind.TEXT), new Column("zugeordnet ab", Kind.TEXT)), rows);
            }
            case "pruefplan" -> {
                List<List<Object>> rows = new ArrayList<>();
                supervision.plan(p.get("agencyNumber"), year(p, "year")).forEach(l -> rows.add(Arrays.asList(l.areaCode(), l.areaName(), l.riskScore(),
                        l.minCasesPerMonth(), l.rationale())));
                yield new TableExport.Table("Prüfplan " + p.get("year"), List.of(new Column("Prüffeld", Kind.TEXT), new Column("Bezeichnung", Kind.TEXT),
                        new Column("Risiko", Kind.INTEGER), new Column("Mindestprüfungen je Monat", Kind.INTEGER), new Column("Begründung", Kind.TEXT)), rows);
            }
            case "prueffelder" -> {
                List<List<Object>> rows = new ArrayList<>();
                supervision.areas(p.get("agencyNumber")).forEach(a -> rows.add(Arrays.asList(a.code(), a.name(), a.errorThreshold(), a.active() ? "aktiv" : "inaktiv")));
                yield new TableExport.Table("Prüffelder", List.of(new Column("Kürzel", Kind.TEXT), new Column("Bezeichnung", Kind.TEXT),
                        new Column("Schwellenwert (%)", Kind.DECIMAL2), new Column("Status", Kind.TEXT)), rows);
            }
            case "dialoge" -> {
                List<List<Object>> rows = new ArrayList<>();
                steering.reviews(p.get("agencyNumber")).forEach(r -> {
                    String kpis = r.kpis().stream().map(k -> k.code() + " " + (k.value() == null ? "nicht berechenbar" : k.value().setScale(1, java.math.RoundingMode.HALF_UP)
                            .toPlainString().replace('.', ',') + " %")).collect(java.util.stream.Collectors.joining("; "));
                    if (r.actions().isEmpty()) {
                        rows.add(Arrays.asList(r.heldOn(), r.figuresMonth().toString(), r.participants(), r.assessment(), kpis, null, null, null, null));
                    }
                    r.actions().forEach(a -> rows.add(Arrays.asList(r.heldOn(), r.figuresMonth().toString(), r.participants(), r.assessment(), kpis,
                            a.description(), a.owner(), a.dueDate(), a.status())));
                });
                yield new TableExport.Table("Zielnachhaltedialoge", List.of(new Column("Datum", Kind.DATE), new Column("Zahlen aus", Kind.TEXT),
                        new Column("Teilnehmende", Kind.TEXT), new Column("Bewertung", Kind.TEXT), new Column("Kennzahlen am Tag", Kind.TEXT),
                        new Column("Steuerungsmaßnahme", Kind.TEXT), new Column("Verantwortlich", Kind.TEXT), new Column("Fällig", Kind.DATE),
                        new Column("Status", Kind.TEXT)), rows);
            }
            case "zielnachhaltung" -> {
                List<List<Object>> rows = new ArrayList<>();
                controlling.tracking(p.get("agencyNumber"), month(p, "month")).goals().forEach(g -> rows.add(Arrays.asList(g.title(), g.kpiCode(),
                        g.target(), g.value(), g.met() == null ? g.reason() : g.met() ? "erreicht" : "nicht erreicht")));
                yield new TableExport.Table("Ziele " + p.get("month"), List.of(new Column("Ziel", Kind.TEXT), new Column("Kennzahl", Kind.TEXT),
                        new Column("Zielwert", Kind.TEXT), new Column("Wert (%)", Kind.DECIMAL1), new Column("Stand", Kind.TEXT)), rows);
            }
            case "zielpfad" -> {
                YearMonth last = month(p, "month");
                List<List<Object>> rows = new ArrayList<>();
                controlling.trackingPath(p.get("agencyNumber"), last).forEach(t -> rows.add(Arrays.asList(t.month().toString(),
                        t.integrationsSoFar(), t.plannedToDate(), t.yearToDateRate())));
                yield new TableExport.Table("Zielpfad " + last.getYear(), List.of(new Column("Monat", Kind.TEXT), new Column("Integrationen seit Januar", Kind.INTEGER),
                        new Column("Soll laut Zielpfad", Kind.INTEGER), new Column("Jahresfortschrittswert (%)", Kind.DECIMAL1)), rows);
            }
            case "fehlerquoten-monate" -> {
                List<List<Object>> rows = new ArrayList<>();
                supervision.overview(p.get("agencyNumber"), month(p, "month")).areas().forEach(a -> a.months().forEach(m -> rows.add(Arrays.asList(
                        a.code(), m.month().toString(), m.audited(), m.faulty(), m.rate()))));
                yield new TableExport.Table("Fehlerquoten je Monat", List.of(new Column("Prüffeld", Kind.TEXT), new Column("Monat", Kind.TEXT),
                        new Column("geprüft", Kind.INTEGER), new Column("fehlerhaft", Kind.INTEGER), new Column("Fehlerquote (%)", Kind.DECIMAL1)), rows);
            }
            case "vorlagen" -> {
                List<List<Object>> rows = new ArrayList<>();
                papers.papers(p.get("agencyNumber")).forEach(v -> rows.add(Arrays.asList(v.reference(), v.typeLabel(), v.title(), v.date(),
                        v.publicPaper() ? "öffentlich" : "nichtöffentlich", "FREIGEGEBEN".equals(v.state()) ? "freigegeben" : "Entwurf")));
                yield new TableExport.Table("Vorlagen", List.of(new Column("Drucksachen-Nr.", Kind.TEXT), new Column("Art", Kind.TEXT),
                        new Column("Bezeichnung", Kind.TEXT), new Column("Datum", Kind.DATE), new Column("Status", Kind.TEXT), new Column("Stand", Kind.TEXT)), rows);
            }
            case "umschichtungen", "aggregate" -> {
                ProgrammeView programme = planning.get(programme(p));
                if (programme.budget() == null) {
                    throw new NotFoundException("BUDGET_NOT_FOUND", "Das Programm hat noch kein Budget.");
                }
                List<List<Object>> rows = new ArrayList<>();
                if ("umschichtungen".equals(table)) {
                    programme.budget().transfers().forEach(t -> rows.add(Arrays.asList(t.date(), t.amount(), t.note())));
                    yield new TableExport.Table("Umschichtungen", List.of(new Column("Datum", Kind.DATE), new Column("Betrag EGL → VK (€)", Kind.INTEGER),
                            new Column("Bemerkung", Kind.TEXT)), rows);
                }
                programme.budget().aggregates().forEach(a -> rows.add(Arrays.asList(a.name(), a.amount(), a.sharePercent())));
                yield new TableExport.Table("Zusammenfassungen", List.of(new Column("Zusammenfassung", Kind.TEXT), new Column("Betrag (€)", Kind.INTEGER),
                        new Column("Anteil (%)", Kind.DECIMAL1)), rows);
            }
            case "betreuungsschluessel" -> {
                ProgrammeView programme = planning.get(programme(p));
                List<List<Object>> rows = new ArrayList<>();
                if (programme.staff() != null) {
                    programme.staff().caseload().forEach(c -> rows.add(Arrays.asList(c.groupLabel(), c.customers(), c.staff(), c.customersPerStaff(),
                            c.reference(), c.exceedsReference() ? "über dem Richtwert" : null)));
                }
                yield new TableExport.Table("Betreuungsschlüssel", List.of(new Column("Personenkreis", Kind.TEXT), new Column("Kunden", Kind.INTEGER),
                        new Column("Personal (MAK)", Kind.DECIMAL2), new Column("Kunden je MAK", Kind.DECIMAL1), new Column("Richtwert", Kind.INTEGER),
                        new Column("Hinweis", Kind.TEXT)), rows);
            }
            case "phasen", "berichtspflichten" -> {
                var funding = programmes.programme(id(p, "funding"));
                List<List<Object>> rows = new ArrayList<>();
                if ("phasen".equals(table)) {
                    funding.phases().forEach(ph -> rows.add(Arrays.asList(ph.number(), ph.from(), ph.to(), ph.budget(), ph.pactsNationwide(), ph.rules())));
                    yield new TableExport.Table("Phasen", List.of(new Column("Phase", Kind.INTEGER), new Column("von", Kind.DATE), new Column("bis", Kind.DATE),
                            new Column("Budget (€)", Kind.DECIMAL2), new Column("Pakte bundesweit", Kind.INTEGER), new Column("Regeln", Kind.TEXT)), rows);
                }
                funding.obligations().forEach(o -> rows.add(Arrays.asList(o.title(), o.dueDate(), o.done() ? "erledigt" : o.overdue() ? "überfällig" : "offen")));
                yield new TableExport.Table("Berichtspflichten", List.of(new Column("Pflicht", Kind.TEXT), new Column("fällig", Kind.DATE),
                        new Column("Stand", Kind.TEXT)), rows);
            }
            case "abschluss" -> {
                var summary = programmes.closureSummary(id(p, "pact"), p.get("agencyNumber"));
                List<List<Object>> rows = new ArrayList<>();
                summary.perYear().forEach(r -> rows.add(Arrays.asList(r.year(), r.budgetGranted(), r.budgetSpent(), r.activationsActual(),
                        r.integrationsActual())));
                yield new TableExport.Table("Abschluss " + summary.pactName(), List.of(new Column("Jahr", Kind.INTEGER),
                        new Column("Budget bewilligt (€)", Kind.DECIMAL2), new Column("Budget verausgabt (€)", Kind.DECIMAL2),
                        new Column("Aktivierungen", Kind.INTEGER), new Column("Integrationen", Kind.INTEGER)), rows);
            }
            default -> throw new NotFoundException("TABLE_NOT_FOUND", "Eine Tabelle „" + table + "“ gibt es nicht (" + String.join(", ",
                    TABLES.stream().map(TableInfo::name).toList()) + ").");
        };
    }

    private static String required(Map<String, String> p, String name) {
        String value = p.get(name);
        if (value == null || value.isBlank()) {
            throw new ValidationException("PARAMETER_MISSING", name, "Bitte geben Sie „" + name + "“ an.");
        }
        return value.trim();
    }

    private static YearMonth month(Map<String, String> p, String name) {
        String value = required(p, name);
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException("MONTH_INVALID", name, "„" + value + "“ ist kein Monat (JJJJ-MM).");
        }
    }

    private static int year(Map<String, String> p, String name) {
        String value = required(p, name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ValidationException("YEAR_INVALID", name, "„" + value + "“ ist kein Jahr.");
        }
    }

    private static long id(Map<String, String> p, String name) {
        String value = required(p, name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ValidationException("PARAMETER_INVALID", name, "„" + value + "“ ist keine Nummer.");
        }
    }

    private static java.time.LocalDate date(Map<String, String> p, String name) {
        String value = p.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException("DATE_INVALID", name, "„" + value + "“ ist kein Datum (JJJJ-MM-TT).");
        }
    }

    private static long programme(Map<String, String> p) {
        String value = required(p, "programme");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ValidationException("PARAMETER_INVALID", "programme", "„" + value + "“ ist keine Programmnummer.");
        }
    }
}
