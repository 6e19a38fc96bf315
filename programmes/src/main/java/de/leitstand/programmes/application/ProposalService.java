package de.leitstand.programmes.application;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.persistence.SharedRecord;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.kernel.api.InputValidation;
import de.leitstand.programmes.api.ChangeProposals;
import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeManagement;
import de.leitstand.programmes.domain.ChangeProposal;
import de.leitstand.programmes.domain.ProgrammesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

import static de.leitstand.programmes.application.ProgrammesInput.notFound;

/** Proposals to change shared records, and their decision by the record's creator. */
@ApplicationScoped
public class ProposalService implements ChangeProposals {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ProgrammesRepository repository;

    @Inject
    ProgrammeManagement programmes;

    @Inject
    Caller caller;

    @Inject
    Tenancy tenancy;

    @Inject
    InputValidation validation;

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG})
    public ProposalView proposeProgrammeChange(long programmeId, ProgrammeInputs.Programme input) {
        validation.check(input, "PROGRAMME_INVALID");
        var programme = repository.programme(programmeId).orElseThrow(() -> notFound("PROGRAMME_NOT_FOUND", Text.of("programmes.WHAT_KEIN_FOERDERPROGRAMM"), programmeId));
        return propose(ChangeProposal.Subject.FOERDERPROGRAMM, programmeId, programme.getVersion(), input.version(), programme,
                JSON.toJson(input), "Förderprogramm „" + input.name().trim() + "“");
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG})
    public ProposalView proposeOrganisationChange(long organisationId, ProgrammeInputs.Organisation input) {
        validation.check(input, "ORGANISATION_INVALID");
        var organisation = repository.organisation(organisationId)
                .orElseThrow(() -> notFound("ORGANISATION_NOT_FOUND", Text.of("programmes.WHAT_KEINE_ORGANISATION"), organisationId));
        return propose(ChangeProposal.Subject.ORGANISATION, organisationId, organisation.getVersion(), input.version(), organisation,
                JSON.toJson(input), "Organisation „" + input.name().trim() + "“");
    }

    private ProposalView propose(ChangeProposal.Subject subject, long id, long current, long read, SharedRecord record,
                                 String content, String summary) {
        AgencyNumber own = caller.agencyNumber().orElseThrow(() -> new ValidationException("JOBCENTER_REQUIRED", "agencyNumber",
                Text.of("programmes.JOBCENTER_REQUIRED.2")));
        if (tenancy.mayChangeShared(record.getCreatedBy())) {
            throw new ConflictException("PROPOSAL_NOT_NEEDED", Text.of("programmes.PROPOSAL_NOT_NEEDED"));
        }
        ConflictException.requireVersion(read, current);
        ChangeProposal proposal = new ChangeProposal(subject, id, read, own, record.getCreatedBy(), content,
                summary.length() > 300 ? summary.substring(0, 299) + "…" : summary, Instant.now());
        repository.add(proposal);
        repository.flush();
        return view(proposal);
    }

    @Override
    public List<ProposalView> proposals() {
        AgencyNumber scope = tenancy.isNational() ? null : caller.agencyNumber().orElse(new AgencyNumber("00000"));
        return repository.proposals(scope).stream().map(this::view).toList();
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public ProposalView accept(long proposalId, long version) {
        ChangeProposal proposal = decidable(proposalId, version);
        switch (proposal.getSubject()) {
            case FOERDERPROGRAMM -> programmes.changeProgramme(proposal.getRecordId(),
                    JSON.fromJson(proposal.getContent(), ProgrammeInputs.Programme.class));
            case ORGANISATION -> programmes.changeOrganisation(proposal.getRecordId(),
                    JSON.fromJson(proposal.getContent(), ProgrammeInputs.Organisation.class));
        }
        proposal.accept(Instant.now());
        repository.flush();
        return view(proposal);
    }

    @Override
    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public ProposalView reject(long proposalId, Rejection rejection) {
        validation.check(rejection, "REJECTION_INVALID");
        ChangeProposal proposal = decidable(proposalId, rejection.version());
        proposal.reject(rejection.reason().trim(), Instant.now());
        repository.flush();
        return view(proposal);
    }

    private ChangeProposal decidable(long proposalId, long version) {
        ChangeProposal proposal = repository.proposal(proposalId)
                .orElseThrow(() -> notFound("PROPOSAL_NOT_FOUND", Text.of("programmes.WHAT_KEINEN_AENDERUNGSVORSCHLAG"), proposalId));
        if (!mayDecide(proposal)) {
            throw new AccessDeniedException("PROPOSAL_NOT_ADDRESSED", proposal.getAddressedTo() == null
                    ? Text.of("programmes.PROPOSAL_FOR_ADMIN") : Text.of("programmes.PROPOSAL_FOR_JOBCENTER", proposal.getAddressedTo()));
        }
        ConflictException.requireVersion(version, proposal.getVersion());
        return proposal;
    }

    private boolean mayDecide(ChangeProposal proposal) {
        return tenancy.mayChangeShared(proposal.getAddressedTo());
    }

    private ProposalView view(ChangeProposal p) {
        return new ProposalView(p.getId(), p.getSubject().name(),
                p.getSubject() == ChangeProposal.Subject.ORGANISATION ? "Organisation" : "Förderprogramm", p.getRecordId(),
                p.getRecordVersion(), p.getSummary(), p.getAgencyNumber().value(),
                p.getAddressedTo() == null ? null : p.getAddressedTo().value(), p.getProposedAt(), p.getStatus().name(),
                switch (p.getStatus()) {
                    case OFFEN -> "offen";
                    case ANGENOMMEN -> "angenommen";
                    case ABGELEHNT -> "abgelehnt";
                }, p.getDecisionReason(), p.getDecidedAt(), p.getStatus() == ChangeProposal.Status.OFFEN && mayDecide(p), p.getVersion());
    }
}
