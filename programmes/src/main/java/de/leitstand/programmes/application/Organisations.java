package de.leitstand.programmes.application;

import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.InputValidation;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.programmes.api.ProgrammeInputs;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.programmes.domain.Organisation;
import de.leitstand.programmes.domain.OrganisationType;
import de.leitstand.programmes.domain.ProgrammesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

import static de.leitstand.programmes.application.ProgrammesInput.notFound;
import static de.leitstand.programmes.application.ProgrammesInput.parse;
import static de.leitstand.programmes.application.ProgrammesInput.trim;

/**
 * Use case: the organisations (partners and coordinators of pacts) as shared master data; who reads and changes
 * them as for {@link FundingProgrammes}.
 */
@ApplicationScoped
public class Organisations {

    @Inject
    ProgrammesRepository repository;

    @Inject
    ProgrammesMapper mapper;

    @Inject
    Caller caller;

    @Inject
    Tenancy tenancy;

    @Inject
    InputValidation validation;

    public List<ProgrammeViews.OrganisationView> organisations() {
        return repository.organisations().stream().map(mapper::organisation).toList();
    }

    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public ProgrammeViews.OrganisationView createOrganisation(ProgrammeInputs.Organisation input) {
        validation.check(input, "ORGANISATION_INVALID");
        Organisation organisation = new Organisation(input.name().trim(),
                parse(OrganisationType.class, input.type(), "type", Text.of("programmes.WHAT_DIE_ART_DER_ORGANISATION")), trim(input.address()), trim(input.contact()));
        organisation.createdBy(caller.agencyNumber().orElse(null));
        repository.add(organisation);
        repository.flush();
        return mapper.organisation(organisation);
    }

    @Transactional
    @RequiresRole({Role.PROGRAMME, Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
    public ProgrammeViews.OrganisationView changeOrganisation(long id, ProgrammeInputs.Organisation input) {
        validation.check(input, "ORGANISATION_INVALID");
        Organisation organisation = requireOrganisation(id);
        tenancy.checkChangeShared(organisation.getCreatedBy());
        ConflictException.requireVersion(input.version(), organisation.getVersion());
        organisation.change(input.name().trim(), parse(OrganisationType.class, input.type(), "type", Text.of("programmes.WHAT_DIE_ART_DER_ORGANISATION")),
                trim(input.address()), trim(input.contact()));
        repository.flush();
        return mapper.organisation(organisation);
    }

    /** @return the organisation, refused as not found when there is none of that id */
    public Organisation requireOrganisation(long id) {
        return repository.organisation(id).orElseThrow(() -> notFound("ORGANISATION_NOT_FOUND", Text.of("programmes.WHAT_KEINE_ORGANISATION"), id));
    }
}
