package de.leitstand.programmes.api;

import java.time.Instant;
import java.util.List;

/**
 * Proposals to change a shared record that another Jobcenter (or ADMIN) created: funding programmes
 * and organisations are changed only by their creator and ADMIN; everyone else proposes, and the
 * creator accepts (the change is applied as if the creator had made it) or rejects with a reason.
 */
public interface ChangeProposals {

    /** A proposal as the proposer and the addressee see it. */
    record ProposalView(long id, String subject, String subjectLabel, long recordId, long recordVersion, String summary,
                        String proposedBy, String addressedTo, Instant proposedAt, String status, String statusLabel,
                        String decisionReason, Instant decidedAt, boolean mayDecide, long version) implements java.io.Serializable {
    }

    /** A rejection with its reason. */
    record Rejection(@jakarta.validation.constraints.NotBlank(message = "{programmes.REASON_NOT_BLANK}")
                     @jakarta.validation.constraints.Size(max = 1000, message = "{programmes.REASON_SIZE}")
                     String reason, long version) implements java.io.Serializable {
    }

    ProposalView proposeProgrammeChange(long programmeId, ProgrammeInputs.Programme input);

    ProposalView proposeOrganisationChange(long organisationId, ProgrammeInputs.Organisation input);

    /** @return the proposals the caller's Jobcenter made or received (ADMIN: all), newest first */
    List<ProposalView> proposals();

    /** Applies the proposed content to the record; 409 when the record changed since the proposal. */
    ProposalView accept(long proposalId, long version);

    ProposalView reject(long proposalId, Rejection rejection);
}
