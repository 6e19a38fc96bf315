package de.leitstand.web.programmes;

import de.leitstand.programmes.api.ChangeProposals;
import de.leitstand.web.shell.UiErrors;
import de.leitstand.web.shell.UiTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The organisations page's proposals: changes other Jobcenters propose to the own organisations, accepted or rejected. */
@Named
@ViewScoped
public class OrganisationProposalsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationsBean page;

    @Inject
    ChangeProposals proposals;

    private List<ChangeProposals.ProposalView> proposalRows;
    private String rejectionReason;

    /** Reads the proposals anew when they are next shown. */
    void refresh() {
        proposalRows = null;
    }

    public List<ChangeProposals.ProposalView> getProposals() {
        if (proposalRows == null) {
            proposalRows = proposals.proposals();
        }
        return proposalRows;
    }

    /** @return when the proposal came in, in German local time */
    public String received(ChangeProposals.ProposalView proposal) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .format(proposal.proposedAt().atZone(java.time.ZoneId.of("Europe/Berlin")));
    }

    public void accept(ChangeProposals.ProposalView proposal) {
        if (UiErrors.attempt(() -> proposals.accept(proposal.id(), proposal.version()))) {
            UiTexts.info("notice.organisations.vorschlagAngenommenUebernommen");
            page.refresh();
            proposalRows = null;
        }
    }

    public void reject(ChangeProposals.ProposalView proposal) {
        if (UiErrors.attempt(() -> proposals.reject(proposal.id(), new ChangeProposals.Rejection(rejectionReason, proposal.version())))) {
            UiTexts.info("notice.organisations.vorschlagAbgelehnt");
            rejectionReason = null;
            proposalRows = null;
        }
    }

    public String getRejectionReason() { return rejectionReason; }
    public void setRejectionReason(String v) { rejectionReason = v; }
}
