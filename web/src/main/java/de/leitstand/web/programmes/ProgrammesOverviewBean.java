package de.leitstand.web.programmes;

import de.leitstand.programmes.api.ProgrammeAccess;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.api.ProgrammeViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Funding programmes with their reminders, and the pacts of the user's Jobcenter. */
@Named
@RequestScoped
public class ProgrammesOverviewBean {

    @Inject
    ProgrammeManagement programmes;

    @Inject
    ProgrammeAccess access;

    private List<ProgrammeViews.FundingProgrammeView> fundingProgrammes;
    private List<ProgrammeViews.PactSummary> pacts;

    public List<ProgrammeViews.FundingProgrammeView> getFundingProgrammes() {
        if (fundingProgrammes == null) {
            fundingProgrammes = programmes.programmes();
        }
        return fundingProgrammes;
    }

    public List<ProgrammeViews.PactSummary> getPacts() {
        if (pacts == null) {
            pacts = programmes.pacts();
        }
        return pacts;
    }

    /** @return open reporting obligations that are due soon or overdue, over all programmes */
    public List<ProgrammeViews.ObligationView> getReminders() {
        return getFundingProgrammes().stream().flatMap(p -> p.obligations().stream()).filter(ProgrammeViews.ObligationView::reminder).toList();
    }

    public boolean isMayEdit() {
        return access.rights().editProgrammes();
    }
}
