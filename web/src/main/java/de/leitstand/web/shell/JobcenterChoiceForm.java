package de.leitstand.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The form of {@link JobcenterChoice}: takes the chosen Jobcenter and shows the page again for it. */
@Named
@RequestScoped
public class JobcenterChoiceForm {

    @Inject
    JobcenterChoice choice;

    private String agency;

    public String choose() {
        choice.choose(agency);
        return SameView.withParameters() + (choice.getChosenNumber() == null ? "" : "&" + JobcenterChoice.PARAMETER + "=" + choice.getChosenNumber());
    }

    public String getAgency() {
        return agency == null ? choice.getChosenNumber() : agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }
}
