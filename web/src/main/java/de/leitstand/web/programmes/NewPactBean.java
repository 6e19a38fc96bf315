package de.leitstand.web.programmes;

import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.web.shell.UiErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Starts a pact in a programme phase; the user's Jobcenter leads it (financial responsibility). */
@Named
@ViewScoped
public class NewPactBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeManagement programmes;

    private Long phaseId;
    private String name;
    private LocalDate joinedOn;
    private Long coordinatorId;
    private String coordinatorRole;

    public void create() throws IOException {
        ProgrammeViews.PactView[] created = new ProgrammeViews.PactView[1];
        if (UiErrors.attempt(() -> created[0] = programmes.createPact(new ProgrammeInputs.NewPact(phaseId == null ? 0 : phaseId, name,
                null, joinedOn, coordinatorId, coordinatorRole)))) {
            Faces.redirect("programmes/pact.xhtml?id=" + created[0].id());
        }
    }

    public List<ProgrammeViews.OrganisationView> getOrganisations() {
        return programmes.organisations();
    }

    public Long getPhaseId() { return phaseId; }
    public void setPhaseId(Long v) { phaseId = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate v) { joinedOn = v; }
    public Long getCoordinatorId() { return coordinatorId; }
    public void setCoordinatorId(Long v) { coordinatorId = v; }
    public String getCoordinatorRole() { return coordinatorRole; }
    public void setCoordinatorRole(String v) { coordinatorRole = v; }
}
