package de.leitstand.web.reporting;

import de.leitstand.reporting.api.PaperApi;
import de.leitstand.reporting.api.PaperViews;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The papers page's draft editor: a new paper or the one chosen, with its Beratungsfolge. */
@Named
@ViewScoped
public class PaperEditorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PapersBean page;

    @Inject
    PaperApi papers;

    private Long editing;
    private Long editingVersion;
    private String type = "MITTEILUNGSVORLAGE";
    private boolean publicPaper = true;
    private LocalDate date = LocalDate.now();
    private String title;
    private String facts;
    private String decision;
    private String signatureRole = "In Vertretung";
    private String signatureName;
    private final List<ConsultationStep> steps = new ArrayList<>();

    private void blankSteps() {
        steps.clear();
        for (int i = 0; i < 3; i++) {
            steps.add(new ConsultationStep());
        }
        steps.get(0).setCommittee("Ausschuss für das Jobcenter");
        steps.get(0).setRole("Kenntnisnahme");
    }

    public void newPaper() {
        editing = null;
        editingVersion = null;
        type = "MITTEILUNGSVORLAGE";
        publicPaper = true;
        date = LocalDate.now();
        title = null;
        facts = null;
        decision = null;
        signatureRole = "In Vertretung";
        signatureName = null;
        blankSteps();
    }

    public void edit(PaperViews.PaperView paper) {
        editing = paper.id();
        editingVersion = paper.version();
        type = paper.type();
        publicPaper = paper.publicPaper();
        date = paper.date();
        title = paper.title();
        facts = paper.facts();
        decision = paper.decisionProposal();
        signatureRole = paper.signatureRole();
        signatureName = paper.signatureName();
        steps.clear();
        for (PaperViews.ConsultationView c : paper.consultations()) {
            ConsultationStep step = new ConsultationStep();
            step.setDate(c.date());
            step.setTime(c.time());
            step.setCommittee(c.committee());
            step.setRole(c.role());
            steps.add(step);
        }
        while (steps.size() < 3) {
            steps.add(new ConsultationStep());
        }
    }

    public void save() {
        List<PaperViews.ConsultationInput> consultations = steps.stream().filter(ConsultationStep::isFilled)
                .map(s -> new PaperViews.ConsultationInput(s.getDate(), s.getTime(), s.getCommittee(), s.getRole())).toList();
        PaperViews.PaperInput input = new PaperViews.PaperInput(type, publicPaper, date, title, facts, decision, signatureRole,
                signatureName, consultations, editingVersion);
        UiErrors.attempt(() -> {
            PaperViews.PaperView saved = editing == null ? papers.create(null, input) : papers.change(editing, input);
            UiTexts.info("notice.papers.entwurfGespeichert", saved.title());
            page.load();
            edit(saved);
        });
    }

    /** @return the Beratungsfolge's rows, three blank ones (the first for the committee) on a new paper */
    public List<ConsultationStep> getSteps() {
        if (steps.isEmpty()) {
            blankSteps();
        }
        return steps;
    }

    public Long getEditing() { return editing; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public boolean isPublicPaper() { return publicPaper; }
    public void setPublicPaper(boolean v) { publicPaper = v; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { date = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getFacts() { return facts; }
    public void setFacts(String v) { facts = v; }
    public String getDecision() { return decision; }
    public void setDecision(String v) { decision = v; }
    public String getSignatureRole() { return signatureRole; }
    public void setSignatureRole(String v) { signatureRole = v; }
    public String getSignatureName() { return signatureName; }
    public void setSignatureName(String v) { signatureName = v; }
}
