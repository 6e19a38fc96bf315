package de.leitstand.web.shell;

import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.PageRequest;
import de.leitstand.kernel.api.security.Caller;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The Jobcenter a page is about. Staff of a Jobcenter always work on their own; national users (ADMIN)
 * choose one on every Jobcenter-scoped page ({@code ?jobcenter=03504}, kept for the session), users of a
 * supervising level (Regionaldirektion, Land) one of their level's Jobcenters, and until they have chosen
 * such a page shows the choice instead of its content — never an error.
 */
@Named("jobcenterChoice")
@SessionScoped
public class JobcenterChoice implements Serializable {

    /** The request parameter that names the chosen Jobcenter. */
    public static final String PARAMETER = "jobcenter";

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    JobcenterDirectory directory;

    private String chosen;

    /**
     * @return the agency number to pass to a use case: the national user's choice, or {@code null}
     *         (the caller's own Jobcenter) for everyone else
     */
    public String agency() {
        if (!isChoosing()) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            choose(faces.getExternalContext().getRequestParameterMap().get(PARAMETER));
        }
        return chosen;
    }

    /** Takes a requested Jobcenter if it exists; anything else keeps the current choice. */
    public void choose(String requested) {
        if (requested == null) {
            return;
        }
        String number = requested.trim();
        if (caller.isNational() ? directory.find(number).isPresent()
                : caller.supervisedJobcenters().stream().anyMatch(supervised -> supervised.value().equals(number))) {
            chosen = number;
        }
    }

    /** @return whether a Jobcenter-scoped page can show its content: a local user, or a national user who has chosen */
    public boolean isReady() {
        return !isChoosing() || agency() != null;
    }

    /** @return whether this user chooses the Jobcenter (national users, users of a supervising level) */
    public boolean isChoosing() {
        return caller.isNational() || caller.level().isPresent();
    }

    /** @return the chosen Jobcenter of a national user, or {@code null} */
    public JobcenterView getChosen() {
        String agency = agency();
        return agency == null ? null : directory.find(agency).orElse(null);
    }

    public String getChosenNumber() {
        return agency();
    }

    /** @return the Jobcenters to choose from, by name: every one of the registry, for a level user those of its level */
    public List<JobcenterView> getAll() {
        java.util.Set<String> supervised = caller.isNational() ? null
                : caller.supervisedJobcenters().stream().map(de.leitstand.kernel.api.AgencyNumber::value).collect(java.util.stream.Collectors.toSet());
        return directory.search(null, null, new PageRequest(0, 1000)).items().stream()
                .filter(jobcenter -> supervised == null || supervised.contains(jobcenter.agencyNumber()))
                .sorted(java.util.Comparator.comparing(JobcenterView::name)).toList();
    }
}
