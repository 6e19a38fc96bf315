package de.leitstand.programmes.application;

import de.leitstand.kernel.api.MapperDefaults;
import de.leitstand.programmes.api.ProgrammeViews;
import de.leitstand.programmes.domain.Organisation;
import de.leitstand.programmes.domain.ProgrammePhase;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * The programmes context's entities as its published views, field by field. Views that apply a rule
 * (totals and cost per integration, who may edit a participation row, obligations due as of today) or
 * look up a Jobcenter's name are built in {@link PactViews}.
 */
@Mapper(config = MapperDefaults.class)
public interface ProgrammesMapper {

    ProgrammeViews.PhaseView phase(ProgrammePhase phase);

    @Mapping(target = "typeLabel", expression = "java(organisation.getType().label())")
    ProgrammeViews.OrganisationView organisation(Organisation organisation);
}
