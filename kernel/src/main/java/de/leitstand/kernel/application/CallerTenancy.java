package de.leitstand.kernel.application;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The tenancy rule, decided from the {@link Caller}. */
@ApplicationScoped
public class CallerTenancy implements Tenancy {

    @Inject
    Caller caller;

    @Override
    public boolean mayAccess(AgencyNumber agencyNumber) {
        if (!caller.isAuthenticated()) {
            return false;
        }
        return caller.isNational() || agencyNumber != null && caller.agencyNumber().map(own -> own.equals(agencyNumber)).orElse(false);
    }

    @Override
    public boolean maySupervise(AgencyNumber agencyNumber) {
        return agencyNumber != null && caller.isAuthenticated() && caller.level().isPresent()
                && caller.supervisedJobcenters().contains(agencyNumber);
    }

    @Override
    public boolean isNational() {
        return caller.isAuthenticated() && caller.isNational();
    }

    @Override
    public Optional<AgencyNumber> restriction() {
        if (caller.isNational()) {
            return Optional.empty();
        }
        // a user without Jobcenter who is not national (also a level user, who names the Jobcenter it asks
        // about) sees nothing in an unfiltered list: restrict to an impossible one
        return Optional.of(caller.agencyNumber().orElse(new AgencyNumber("00000")));
    }

    @Override
    public AgencyNumber resolve(String requested) {
        if (requested != null && !requested.isBlank()) {
            AgencyNumber agency = AgencyNumber.of(requested);
            checkRead(agency);
            return agency;
        }
        return caller.agencyNumber().orElseThrow(() -> caller.isAuthenticated()
                ? new ValidationException("AGENCY_NUMBER_REQUIRED", "agencyNumber",
                Text.of("kernel.AGENCY_NUMBER_REQUIRED"))
                : AccessDeniedException.otherJobcenter());
    }
}
