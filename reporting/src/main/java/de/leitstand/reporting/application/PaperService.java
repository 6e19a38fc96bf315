package de.leitstand.reporting.application;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.kernel.api.InputValidation;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.reporting.api.PaperApi;
import de.leitstand.reporting.api.PaperViews;
import de.leitstand.reporting.document.ClosureFacts;
import de.leitstand.reporting.document.GermanFormat;
import de.leitstand.reporting.document.Issuer;
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

    /**
     * The saved issuing body, else one by Trägerform: a zkT's papers are issued by its county and signed for the Landrat,
     * a gE's by the Jobcenter's Geschäftsführung.
     */
    private PaperBody bodyOf(AgencyNumber agency) {
        return papers.body(agency).orElseGet(() -> {
            JobcenterView jobcenter = jobcenters.get(agency.value());
            boolean municipal = "ZKT".equalsIgnoreCase(jobcenter.type());
            return new PaperBody(agency, (municipal ? "Landkreis " : "Jobcenter ") + jobcenter.name(),
                    municipal ? "Der Landrat" : "Geschäftsführung", String.valueOf(LocalDate.now().getYear()), 1);
        });
    }

    /** Who signs a draft: the body's signatory when set, else the Jobcenter's managing director from its profile. */
    private String[] signer(PaperBody body) {
        if (body.getSignerName() != null) {
            return new String[] {body.getSignerRole(), body.getSignerName()};
        }
        String director = jobcenters.get(body.getAgencyNumber().value()).managingDirector();
        return new String[] {null, director == null ? "" : director};
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
        if (change.termStart() != null && change.termEnd() != null && change.termEnd().isBefore(change.termStart())) {
            throw new ValidationException("BODY_INVALID", "termEnd", Text.of("reporting.ELECTORAL_TERM_INVALID"));
        }
        body.describe(change.termStart(), change.termEnd(), blankToNull(change.ags()), blankToNull(change.signerRole()),
                blankToNull(change.signerName()), Instant.now());
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
            throw new ValidationException("PROGRAMME_NOT_ENDED", "pactId", Text.of("reporting.PROGRAMME_NOT_ENDED", summary.pactName()));
        }
        PaperBody body = bodyOf(agency);
        String[] signer = signer(body);
        Paper.Content content = new Paper.Content(Paper.Type.MITTEILUNGSVORLAGE, true, LocalDate.now(),
                "Abschluss des Förderprogramms \"" + summary.programmeShortName() + "\" zum " + new GermanFormat().date(summary.phaseTo()),
                ClosureFacts.of(summary, new Issuer(body.getName())), null, signer[0], signer[1],
                List.of(new Consultation(1, LocalDate.now().plusDays(14), "Ausschuss für das Jobcenter", "Kenntnisnahme")));
        Paper paper = new Paper(agency, content, "pact:" + pactId);
        papers.add(paper);
        papers.flush();
        return view(paper);
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
            throw new ConflictException("PAPER_RELEASED", Text.of("reporting.PAPER_RELEASED", paper.getReference()));
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

    @Override
    @Transactional
    @RequiresRole({Role.GESCHAEFTSFUEHRUNG})
    public PaperViews.PaperView withdraw(long id, Long version) {
        Paper paper = load(id);
        ConflictException.requireVersion(version, paper.getVersion());
        paper.withdraw(Instant.now());
        papers.flush();
        return view(paper);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
        return papers.paper(id).orElseThrow(() -> new NotFoundException("PAPER_NOT_FOUND", Text.of("reporting.PAPER_NOT_FOUND", id)));
    }

    private Paper.Content content(PaperViews.PaperInput input) {
        validation.check(input, "PAPER_INVALID");
        Paper.Type type;
        try {
            type = Paper.Type.valueOf(input.type().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("PAPER_INVALID", "type", Text.of("reporting.PAPER_INVALID"));
        }
        if (type == Paper.Type.BESCHLUSSVORLAGE && (input.decisionProposal() == null || input.decisionProposal().isBlank())) {
            throw new ValidationException("PAPER_INVALID", "decisionProposal", Text.of("reporting.PAPER_INVALID.2"));
        }
        List<Consultation> consultations = new ArrayList<>();
        for (int i = 0; i < input.consultations().size(); i++) {
            PaperViews.ConsultationInput c = input.consultations().get(i);
            consultations.add(new Consultation(i + 1, c.date(), c.time(), c.committee().trim(), c.role().trim()));
        }
        return new Paper.Content(type, input.publicPaper(), input.date(), input.title().trim(), input.facts().strip(),
                input.decisionProposal() == null || input.decisionProposal().isBlank() ? null : input.decisionProposal().strip(),
                input.signatureRole() == null || input.signatureRole().isBlank() ? null : input.signatureRole().trim(),
                input.signatureName().trim(), consultations);
    }

    private static PaperViews.PaperView withReference(PaperViews.PaperView p, String reference) {
        return new PaperViews.PaperView(p.id(), p.agencyNumber(), p.type(), p.typeLabel(), reference, p.publicPaper(), p.date(), p.title(),
                p.facts(), p.decisionProposal(), p.signatureRole(), p.signatureName(), p.state(), p.releasedAt(), p.withdrawnAt(), p.documentId(),
                p.sourceRef(), p.consultations(), p.version());
    }

    private static PaperViews.BodyView view(PaperBody b) {
        return new PaperViews.BodyView(b.getAgencyNumber().value(), b.getName(), b.getOffice(), b.getElectoralTerm(), b.getNextNumber(),
                b.getTermStart(), b.getTermEnd(), b.getAgs(), b.getSignerRole(), b.getSignerName(), b.getVersion());
    }

    static PaperViews.PaperView view(Paper p) {
        return new PaperViews.PaperView(p.getId(), p.getAgencyNumber().value(), p.getType().name(), p.getType().label(), p.getReference(),
                p.isPublicPaper(), p.getDate(), p.getTitle(), p.getFacts(), p.getDecisionProposal(), p.getSignatureRole(), p.getSignatureName(),
                p.getState().name(), p.getReleasedAt(), p.getWithdrawnAt(), p.getDocumentId(), p.getSourceRef(),
                p.getConsultations().stream().map(c -> new PaperViews.ConsultationView(c.getMeetingDate(), c.getMeetingTime(), c.getCommittee(),
                        c.getRole())).toList(),
                p.getVersion());
    }
}
