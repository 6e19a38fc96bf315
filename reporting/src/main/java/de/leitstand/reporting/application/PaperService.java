package de.leitstand.reporting.application;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.kernel.api.InputValidation;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.reporting.api.PaperApi;
import de.leitstand.reporting.api.PaperViews;
import de.leitstand.reporting.document.GermanFormat;
import de.leitstand.reporting.document.PaperDocument;
import de.leitstand.reporting.document.PdfRenderer;
import de.leitstand.reporting.domain.Consultation;
import de.leitstand.reporting.domain.DocumentRepository;
import de.leitstand.reporting.domain.GeneratedDocument;
import de.leitstand.reporting.domain.Paper;
import de.leitstand.reporting.domain.PaperBody;
import de.leitstand.reporting.domain.PaperRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@ApplicationScoped
@RequiresRole({Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING, Role.PROGRAMME, Role.GREMIUM, Role.ADMIN})
public class PaperService implements PaperApi {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));

    @Inject
    PaperRepository papers;

    @Inject
    DocumentRepository documents;

    @Inject
    ProgrammeManagement programmes;

    @Inject
    JobcenterDirectory jobcenters;

    @Inject
    Tenancy tenancy;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @Override
    public PaperViews.BodyView body(String agencyNumber) {
        return view(bodyOf(tenancy.resolve(agencyNumber)));
    }

    private PaperBody bodyOf(AgencyNumber agency) {
        return papers.body(agency).orElseGet(() -> new PaperBody(agency, "Jobcenter " + jobcenters.get(agency.value()).name(),
                "Geschäftsführung", String.valueOf(LocalDate.now().getYear()), 1));
    }

    @Override
    @Transactional
    @RequiresRole({Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public PaperViews.BodyView saveBody(String agencyNumber, PaperViews.BodyChange change) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        validation.check(change, "BODY_INVALID");
        PaperBody body = papers.body(agency).orElse(null);
        if (body == null) {
            body = new PaperBody(agency, change.name().trim(), change.office().trim(), change.electoralTerm().trim(), change.nextNumber());
            papers.add(body);
        } else {
            ConflictException.requireVersion(change.version(), body.getVersion());
            body.change(change.name().trim(), change.office().trim(), change.electoralTerm().trim(), change.nextNumber());
        }
        papers.flush();
        return view(body);
    }

    @Override
    public List<PaperViews.PaperView> papers(String agencyNumber) {
        return papers.papers(tenancy.resolve(agencyNumber)).stream().map(PaperService::view).toList();
    }

    @Override
    public PaperViews.PaperView paper(long id) {
        return view(load(id));
    }

    @Override
    @Transactional
    @RequiresRole({Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING, Role.PROGRAMME})
    public PaperViews.PaperView create(String agencyNumber, PaperViews.PaperInput input) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        Paper paper = new Paper(agency, content(input), null);
        papers.add(paper);
        papers.flush();
        return view(paper);
    }

    @Override
    @Transactional
    @RequiresRole({Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING, Role.PROGRAMME})
    public PaperViews.PaperView createFromClosure(String agencyNumber, long pactId) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        ProgrammeViews.ClosureSummary summary = programmes.closureSummary(pactId, agency.value());
        if (summary.phaseTo() == null || !summary.phaseTo().isBefore(LocalDate.now())) {
            throw new ValidationException("PROGRAMME_NOT_ENDED", "pactId", "Die Programmphase des Pakts „" + summary.pactName()
                    + "“ ist noch nicht beendet; eine Abschlussvorlage entsteht erst danach.");
        }
        PaperBody body = bodyOf(agency);
        Paper.Content content = new Paper.Content(Paper.Type.MITTEILUNGSVORLAGE, true, LocalDate.now(),
                "Abschluss des Förderprogramms \"" + summary.programmeShortName() + "\" zum " + new GermanFormat().date(summary.phaseTo()),
                closureFacts(summary, body.getName()), null, "In Vertretung", "Name der Vertretung",
                List.of(new Consultation(1, LocalDate.now().plusDays(14), "Ausschuss für das Jobcenter", "Kenntnisnahme")));
        Paper paper = new Paper(agency, content, "pact:" + pactId);
        papers.add(paper);
        papers.flush();
        return view(paper);
    }

    /** The Sachverhalt of seed 000, from a closure summary. */
    static String closureFacts(ProgrammeViews.ClosureSummary s, String issuer) {
        GermanFormat fmt = new GermanFormat();
        StringBuilder text = new StringBuilder();
        text.append("Der ").append(issuer).append(" hat in der Zeit vom ").append(fmt.date(s.participationFrom())).append(" bis zum ")
                .append(fmt.date(s.participationTo())).append(" am Bundesprogramm „").append(s.programmeShortName()).append("“ teilgenommen");
        if (s.targetGroup() != null && !s.targetGroup().isBlank()) {
            text.append(", das die Förderung von ").append(s.targetGroup()).append(" zum Ziel hatte");
        }
        text.append(". Zu diesem Zweck ist der ").append(issuer).append(" gemäß den Bedingungen dieses Förderprogramms einem von ");
        text.append(s.pactsNationwide() == null ? "mehreren" : "bundesweit " + s.pactsNationwide()).append(" Beschäftigungspakten beigetreten; konkret dem Beschäftigungspakt „")
                .append(s.pactName()).append("“.");
        if (!s.partnerJobcenters().isEmpty()) {
            text.append(" Die regionalen Partner in diesem Pakt waren die Jobcenter ").append(joined(s.partnerJobcenters())).append('.');
        }
        if (s.coordinatorName() != null) {
            text.append(" Der organisatorische Rahmen, die Koordination der Paktangelegenheiten und die Pressearbeit wurden durch die ")
                    .append(s.coordinatorName()).append(" gesteuert.");
        }
        if (s.leadName() != null) {
            text.append(" Die Finanzverantwortung lag beim Jobcenter ").append(s.leadName()).append('.');
        }
        for (ProgrammeViews.EventView change : s.conceptChanges()) {
            text.append("\n\nZum ").append(fmt.date(change.date())).append(": ").append(change.description());
        }
        long years = Math.max(1, s.participationTo().getYear() - s.participationFrom().getYear() + 1);
        text.append("\n\nZum ").append(fmt.date(s.phaseTo())).append(" endete das Förderprogramm des Bundes und damit auch die Arbeit der Beschäftigungspakte. ")
                .append("In den ").append(years).append(" Jahren der Programmteilnahme konnten vom Jobcenter ").append(s.jobcenterName()).append(" insgesamt ")
                .append(fmt.integer(s.totals().integrations())).append(" Integrationen aus dieser Zielgruppe erreicht werden.");
        return text.toString();
    }

    private static String joined(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " und " + names.get(names.size() - 1);
    }

    @Override
    @Transactional
    @RequiresRole({Role.GESCHAEFTSFUEHRUNG, Role.CONTROLLING, Role.PROGRAMME})
    public PaperViews.PaperView change(long id, PaperViews.PaperInput input) {
        Paper paper = load(id);
        Paper.Content content = content(input);
        ConflictException.requireVersion(input.version(), paper.getVersion());
        paper.change(content);
        papers.flush();
        return view(paper);
    }

    @Override
    public String preview(long id) {
        Paper paper = load(id);
        return PaperDocument.html(view(paper), view(bodyOf(paper.getAgencyNumber())), basis(paper, Instant.now()));
    }

    @Override
    @Transactional
    @RequiresRole({Role.GESCHAEFTSFUEHRUNG})
    public PaperViews.PaperView release(long id, Long version) {
        Paper paper = load(id);
        ConflictException.requireVersion(version, paper.getVersion());
        if (paper.getState() == Paper.State.FREIGEGEBEN) {
            throw new ConflictException("PAPER_RELEASED", "Die Vorlage " + paper.getReference() + " ist bereits freigegeben.");
        }
        PaperBody body = papers.body(paper.getAgencyNumber()).orElse(null);
        if (body == null) {
            body = bodyOf(paper.getAgencyNumber());
            papers.add(body);
        }
        String reference = body.takeReference();
        Instant now = Instant.now();
        PaperViews.PaperView numbered = withReference(view(paper), reference);
        byte[] pdf = PdfRenderer.render(PaperDocument.html(numbered, view(body), basis(paper, now)));
        GeneratedDocument document = new GeneratedDocument(paper.getAgencyNumber(), GeneratedDocument.Kind.VORLAGE,
                paper.getType().label() + " " + reference + ": " + paper.getTitle(), "paper:" + paper.getId(),
                String.join("\n", basis(paper, now)), now, caller.username(), "application/pdf",
                "Vorlage-" + reference.replaceAll("[^0-9A-Za-z-]", "-") + ".pdf", pdf);
        documents.add(document);
        paper.release(reference, document.getId(), now);
        papers.flush();
        return view(paper);
    }

    private List<String> basis(Paper paper, Instant at) {
        List<String> basis = new ArrayList<>();
        if (paper.getSourceRef() != null && paper.getSourceRef().startsWith("pact:")) {
            basis.add("Sachverhalt aus dem Abschluss des Beschäftigungspakts " + paper.getSourceRef().substring(5) + " (Programme)");
        }
        basis.add("Erzeugt am " + STAMP.format(at) + " von " + caller.username());
        return basis;
    }

    private Paper load(long id) {
        return papers.paper(id).orElseThrow(() -> new NotFoundException("PAPER_NOT_FOUND", "Die Vorlage " + id + " gibt es nicht."));
    }

    private Paper.Content content(PaperViews.PaperInput input) {
        validation.check(input, "PAPER_INVALID");
        Paper.Type type;
        try {
            type = Paper.Type.valueOf(input.type().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("PAPER_INVALID", "type", "Die Art muss MITTEILUNGSVORLAGE oder BESCHLUSSVORLAGE sein.");
        }
        if (type == Paper.Type.BESCHLUSSVORLAGE && (input.decisionProposal() == null || input.decisionProposal().isBlank())) {
            throw new ValidationException("PAPER_INVALID", "decisionProposal", "Eine Beschlussvorlage braucht einen Beschlussvorschlag.");
        }
        List<Consultation> consultations = new ArrayList<>();
        for (int i = 0; i < input.consultations().size(); i++) {
            PaperViews.ConsultationInput c = input.consultations().get(i);
            consultations.add(new Consultation(i + 1, c.date(), c.committee().trim(), c.role().trim()));
        }
        return new Paper.Content(type, input.publicPaper(), input.date(), input.title().trim(), input.facts().strip(),
                input.decisionProposal() == null || input.decisionProposal().isBlank() ? null : input.decisionProposal().strip(),
                input.signatureRole() == null || input.signatureRole().isBlank() ? null : input.signatureRole().trim(),
                input.signatureName().trim(), consultations);
    }

    private static PaperViews.PaperView withReference(PaperViews.PaperView p, String reference) {
        return new PaperViews.PaperView(p.id(), p.agencyNumber(), p.type(), p.typeLabel(), reference, p.publicPaper(), p.date(), p.title(),
                p.facts(), p.decisionProposal(), p.signatureRole(), p.signatureName(), p.state(), p.releasedAt(), p.documentId(),
                p.sourceRef(), p.consultations(), p.version());
    }

    private static PaperViews.BodyView view(PaperBody b) {
        return new PaperViews.BodyView(b.getAgencyNumber().value(), b.getName(), b.getOffice(), b.getElectoralTerm(), b.getNextNumber(),
                b.getVersion());
    }

    static PaperViews.PaperView view(Paper p) {
        return new PaperViews.PaperView(p.getId(), p.getAgencyNumber().value(), p.getType().name(), p.getType().label(), p.getReference(),
                p.isPublicPaper(), p.getDate(), p.getTitle(), p.getFacts(), p.getDecisionProposal(), p.getSignatureRole(), p.getSignatureName(),
                p.getState().name(), p.getReleasedAt(), p.getDocumentId(), p.getSourceRef(),
                p.getConsultations().stream().map(c -> new PaperViews.ConsultationView(c.getMeetingDate(), c.getCommittee(), c.getRole())).toList(),
                p.getVersion());
    }
}
