package de.leitstand.web.shell;

import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The logged-in user for the layout: name, Jobcenter, what the navigation may show. */
@Named("currentUser")
@RequestScoped
public class CurrentUserBean {

    @Inject
    Caller caller;

    @Inject
    JobcenterDirectory jobcenters;

    private JobcenterView jobcenter;
    private boolean jobcenterLoaded;

    public String getUsername() {
        return caller.username();
    }

    public boolean isLoggedIn() {
        return caller.isAuthenticated();
    }

    /** @return the user's Jobcenter, or {@code null} for national users */
    public JobcenterView getJobcenter() {
        if (!jobcenterLoaded) {
            jobcenter = caller.agencyNumber().flatMap(agency -> jobcenters.find(agency.value())).orElse(null);
            jobcenterLoaded = true;
        }
        return jobcenter;
    }

    /** @return the supervising level's name of a REGIONALDIREKTION or LAND user, else {@code null} */
    public String getLevelName() {
        return caller.level().map(de.leitstand.kernel.api.SupervisoryLevel::displayName).orElse(null);
    }

    public boolean isNational() {
        return caller.isNational();
    }

    public boolean hasRole(String role) {
        return caller.hasRole(Role.valueOf(role));
    }

    /** @return the role codes, sorted, to show by their labels ({@code role.<CODE>} in the bundles) */
    public java.util.List<String> getRoleCodes() {
        return caller.roles().stream().map(Role::name).sorted().toList();
    }

    public String getRoles() {
        return String.join(", ", caller.roles().stream().map(Role::name).sorted().toList());
    }
}
