package de.leitstand.web.planning;

import de.leitstand.planning.api.ProgrammeInputs;
import de.leitstand.planning.api.ProgrammePlanning;
import de.leitstand.planning.api.ProgrammeSummary;
import de.leitstand.planning.api.ProgrammeView;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The programme versions of the user's Jobcenter, and a new programme for a year. */
@Named
@ViewScoped
public class ProgrammeListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    de.leitstand.web.shell.JobcenterChoice jobcenter;

    @Inject
    ProgrammePlanning planning;

    @Inject
    de.leitstand.planning.api.PlanningAccess access;

    private Integer year;
    private List<ProgrammeSummary> programmes;
    private Integer newYear = LocalDate.now().getYear() + 1;
    private LocalDate newStand = LocalDate.now();

    /** @return whether the caller creates programmes, as the service says */
    public boolean isMayPrepare() {
        return access.rights().prepare();
    }

    public void load() {
        if (!jobcenter.isReady()) {
            return;
        }
        programmes = planning.list(jobcenter.agency(), year);
    }

    public void create() throws IOException {
        ProgrammeView[] created = new ProgrammeView[1];
        if (UiErrors.attempt(() -> created[0] = planning.create(jobcenter.agency(),
                new ProgrammeInputs.NewProgramme(newYear == null ? 0 : newYear, newStand)))) {
            Faces.redirect("planning/programme.xhtml?id=" + created[0].summary().id());
        }
    }

    public List<ProgrammeSummary> getProgrammes() {
        if (programmes == null) {
            load();
        }
        return programmes;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getNewYear() { return newYear; }
    public void setNewYear(Integer newYear) { this.newYear = newYear; }
    public LocalDate getNewStand() { return newStand; }
    public void setNewStand(LocalDate newStand) { this.newStand = newStand; }
}
