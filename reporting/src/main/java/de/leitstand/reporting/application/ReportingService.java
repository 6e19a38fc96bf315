package de.leitstand.reporting.application;

import de.leitstand.controlling.api.StructureApi;
import de.leitstand.controlling.api.StructureViews;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.planning.api.ProgrammePlanning;
import de.leitstand.planning.api.ProgrammeView;
import de.leitstand.reporting.api.ReportingApi;
import de.leitstand.reporting.api.ReportingViews;
import de.leitstand.reporting.document.GermanFormat;
import de.leitstand.reporting.document.PdfRenderer;
import de.leitstand.reporting.document.ProgrammeDocument;
import de.leitstand.reporting.domain.DocumentRepository;
import de.leitstand.reporting.domain.GeneratedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

@ApplicationScoped
@RequiresRole({Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING, Role.GREMIUM, Role.ADMIN})
public class ReportingService implements ReportingApi {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));
    private static final DateTimeFormatter VINTAGE = DateTimeFormatter.ofPattern("MM/yyyy");

    @Inject
    ProgrammePlanning planning;

    @Inject
    StructureApi structure;

    @Inject
    DocumentRepository documents;

    @Inject
    de.leitstand.controlling.api.ControllingApi controlling;

    @Inject
    de.leitstand.controlling.api.SupervisionApi supervision;

    @Inject
    de.leitstand.kernel.api.JobcenterDirectory jobcenters;

    @Inject
    Tenancy tenancy;

    @Inject
    Caller caller;

    @Override
    public String programmePreview(long programmeId) {
        ProgrammeView programme = planning.get(programmeId);
        return render(programme, Instant.now()).html();
    }

    @Override
    @Transactional
    @RequiresRole({Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING})
    public ReportingViews.DocumentView generateProgramme(long programmeId) {
        ProgrammeView programme = planning.get(programmeId);
        Instant now = Instant.now();
        Rendered rendered = render(programme, now);
        byte[] pdf = PdfRenderer.render(rendered.html());
        var summary = programme.summary();
        GeneratedDocument document = new GeneratedDocument(new AgencyNumber(summary.agencyNumber()), GeneratedDocument.Kind.PROGRAMMDOKUMENT,
                "Arbeitsmarkt- und Integrationsprogramm " + summary.year() + " (Version " + summary.versionNumber() + ")",
                "programme:" + summary.id(), String.join("\n", rendered.basis()), now, caller.username(), "application/pdf",
                "AMIP-" + summary.agencyNumber() + "-" + summary.year() + "-v" + summary.versionNumber() + ".pdf", pdf);
        documents.add(document);
        return view(document);
    }

    private record Rendered(String html, List<String> basis) {
    }

    private Rendered render(ProgrammeView programme, Instant now) {
        var summary = programme.summary();
        String agency = summary.agencyNumber();
        int previous = summary.year() - 1;
        List<StructureViews.AnnualAverage> averages = structure.annualAverages(agency, previous - 10, previous);
        StructureViews.Table prognosis = structure.prognosis(agency, String.valueOf(previous));
        StructureViews.Table employment = null;
        for (YearMonth m = YearMonth.of(previous, 12); !m.isBefore(YearMonth.of(previous - 1, 1)) && employment == null; m = m.minusMonths(1)) {
            StructureViews.Table candidate = structure.employment(agency, m);
            if (candidate.complete()) {
                employment = candidate;
            }
        }
        StructureViews.Table unemployment = null;
        for (YearMonth m = YearMonth.of(previous, 12); !m.isBefore(YearMonth.of(previous, 1)) && unemployment == null; m = m.minusMonths(1)) {
            StructureViews.Table candidate = structure.unemployment(agency, m);
            if (candidate.rows().stream().anyMatch(r -> r.value() != null)) {
                unemployment = candidate;
            }
        }
        StructureViews.Table unemploymentBefore = null;
        if (unemployment != null) {
            StructureViews.Table candidate = structure.unemployment(agency, YearMonth.parse(unemployment.period()).minusYears(1));
            unemploymentBefore = candidate.rows().stream().anyMatch(r -> r.value() != null) ? candidate : null;
        }
        StructureViews.Table spheres = latest(previous, m -> structure.byLegalSphere(agency, "ALO_RK", m));
        StructureViews.Table underemployment = latest(previous, m -> structure.byLegalSphere(agency, "UB", m));
        StructureViews.Table industries = latest(previous, m -> structure.industries(agency, m));
        GermanFormat fmt = new GermanFormat();
        List<String> basis = new ArrayList<>();
        basis.add("Planung: " + summary.jobcenterName() + " (" + agency + "), Programm " + summary.year() + ", Version " + summary.versionNumber()
                + " (" + summary.statusLabel() + "), Stand " + fmt.date(summary.standDate())
                + (summary.agreedOn() == null ? "" : ", vereinbart am " + fmt.date(summary.agreedOn())));
        if (programme.budget() != null) {
            basis.add("Budget: " + programme.budget().kindLabel() + ", Stand " + fmt.date(programme.budget().stand()));
        }
        for (StructureViews.Table table : new StructureViews.Table[] {prognosis, employment, unemployment, unemploymentBefore, spheres, underemployment, industries}) {
            if (table != null && !table.vintages().isEmpty()) {
                basis.add("Strukturdaten " + table.title() + " " + table.period() + (table.comparedWith() == null ? "" : " und " + table.comparedWith())
                        + ": Datenstand " + table.vintages().stream().map(VINTAGE::format).collect(Collectors.joining(", "))
                        + "; Quelle " + String.join(", ", table.sources()));
            }
        }
        long years = averages.stream().filter(a -> a.elb() != null).count();
        if (years > 0) {
            basis.add("Jahresdurchschnitte ELB und Bedarfsgemeinschaften: " + years + " Jahre bis " + previous);
        }
        basis.add("Erzeugt am " + STAMP.format(now) + " von " + caller.username());
        String html = ProgrammeDocument.html(programme, new ProgrammeDocument.Structure(averages, employment, unemployment, prognosis,
                unemploymentBefore, spheres, underemployment, industries), basis);
        return new Rendered(html, basis);
    }

    /** The last month of the year with any value in the table, or null. */
    private static StructureViews.Table latest(int year, java.util.function.Function<YearMonth, StructureViews.Table> table) {
        for (YearMonth m = YearMonth.of(year, 12); !m.isBefore(YearMonth.of(year, 1)); m = m.minusMonths(1)) {
            StructureViews.Table candidate = table.apply(m);
            if (candidate.rows().stream().anyMatch(r -> r.value() != null)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public String controllingPreview(String agencyNumber, YearMonth month) {
        return controllingReport(tenancy.resolve(agencyNumber), month, Instant.now()).html();
    }

    @Override
    @Transactional
    @RequiresRole({Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING})
    public ReportingViews.DocumentView generateControllingReport(String agencyNumber, YearMonth month) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        Instant now = Instant.now();
        Rendered rendered = controllingReport(agency, month, now);
        GeneratedDocument document = new GeneratedDocument(agency, GeneratedDocument.Kind.CONTROLLINGBERICHT, "Controllingbericht " + month,
                "controlling:" + month, String.join("\n", rendered.basis()), now, caller.username(), "application/pdf",
                "Controllingbericht-" + agency.value() + "-" + month + ".pdf", PdfRenderer.render(rendered.html()));
        documents.add(document);
        return view(document);
    }

    private static final String[] MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"};

    private Rendered controllingReport(AgencyNumber agency, YearMonth month, Instant now) {
        String monthLabel = MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
        java.util.Map<String, Object> model = new java.util.HashMap<>();
        String name = jobcenters.get(agency.value()).name();
        model.put("title", "Controllingbericht " + monthLabel);
        model.put("jobcenter", name);
        model.put("monthLabel", monthLabel);
        model.put("t", controlling.tracking(agency.value(), month));
        model.put("kpis", controlling.kpis(agency.value(), month, null, null));
        model.put("lights", java.util.Map.of("GRUEN", "grün", "GELB", "gelb", "ROT", "rot", "KEIN_ZIEL", "kein Ziel", "UNBEKANNT", "keine Daten"));
        boolean supervises = caller.hasAnyRole(Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING, Role.FACHAUFSICHT, Role.GREMIUM);
        model.put("supervision", supervises ? supervision.overview(agency.value(), month) : null);
        model.put("openActions", supervises ? supervision.findings(agency.value()).stream().flatMap(f -> f.actions().stream())
                .filter(a -> !"ABGESCHLOSSEN".equals(a.status())).toList() : List.of());
        List<String> basis = new ArrayList<>();
        String vintages = controlling.basisValues(agency.value(), month).stream().filter(v -> v.latest()).map(v -> VINTAGE.format(v.vintage()))
                .distinct().sorted().collect(Collectors.joining(", "));
        basis.add("Basiszahlen " + agency.value() + " " + month + ": neuester Datenstand je Wert" + (vintages.isEmpty() ? " (keine Werte)" : " – " + vintages));
        planning.current(agency.value(), month.getYear()).ifPresent(p -> basis.add("Ziele: Programm " + p.summary().year() + ", Version "
                + p.summary().versionNumber() + " (" + p.summary().statusLabel() + ")"));
        basis.add("Erzeugt am " + STAMP.format(now) + " von " + caller.username());
        model.put("basis", basis);
        model.put("css", de.leitstand.reporting.document.DocumentCss.css());
        return new Rendered(de.leitstand.reporting.document.Templates.render("controlling", model), basis);
    }

    @Override
    public List<ReportingViews.DocumentView> documents(String agencyNumber) {
        return documents.documents(tenancy.resolve(agencyNumber)).stream().map(ReportingService::view).toList();
    }

    @Override
    public ReportingViews.DocumentContent content(long documentId) {
        GeneratedDocument document = documents.document(documentId)
                .orElseThrow(() -> new NotFoundException("DOCUMENT_NOT_FOUND", Text.of("reporting.DOCUMENT_NOT_FOUND", documentId)));
        return new ReportingViews.DocumentContent(document.getFileName(), document.getMediaType(), document.getContent());
    }

    private static ReportingViews.DocumentView view(GeneratedDocument d) {
        return new ReportingViews.DocumentView(d.getId(), d.getAgencyNumber().value(), d.getKind().name(), d.getTitle(), d.getSubjectRef(),
                d.getBasis(), d.getGeneratedAt(), d.getGeneratedBy(), d.getMediaType(), d.getFileName(), d.getSize(), d.getSha512());
    }
}
