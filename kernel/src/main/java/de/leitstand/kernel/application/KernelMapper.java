package de.leitstand.kernel.application;

import de.leitstand.kernel.api.JobcenterView;
import de.leitstand.kernel.api.UserView;
import de.leitstand.kernel.domain.Jobcenter;
import de.leitstand.kernel.domain.UserAccount;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** Entities to the kernel's published views. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface KernelMapper {

    @Mapping(target = "agencyNumber", expression = "java(jobcenter.getAgencyNumber().value())")
    @Mapping(target = "type", expression = "java(jobcenter.getType().name())")
    @Mapping(target = "typeCode", expression = "java(jobcenter.getType().code())")
    @Mapping(target = "managingDirector", source = "profile.managingDirector")
    @Mapping(target = "street", source = "profile.street")
    @Mapping(target = "postalCode", source = "profile.postalCode")
    @Mapping(target = "city", source = "profile.city")
    @Mapping(target = "email", source = "profile.email")
    @Mapping(target = "phone", source = "profile.phone")
    @Mapping(target = "website", source = "profile.website")
    @Mapping(target = "land", expression = "java(jobcenter.getLand() == null ? null : jobcenter.getLand().name())")
    @Mapping(target = "landName", expression = "java(jobcenter.getLand() == null ? null : jobcenter.getLand().germanName())")
    @Mapping(target = "regionalDirectorate", expression = "java(jobcenter.getRegionalDirectorate() == null ? null : jobcenter.getRegionalDirectorate().name())")
    @Mapping(target = "regionalDirectorateName", expression = "java(jobcenter.getRegionalDirectorate() == null ? null : jobcenter.getRegionalDirectorate().germanName())")
    JobcenterView toView(Jobcenter jobcenter);

    @Mapping(target = "agencyNumber",
            expression = "java(user.getAgencyNumber() == null ? null : user.getAgencyNumber().value())")
    @Mapping(target = "jobcenterName", source = "jobcenterName")
    @Mapping(target = "level", expression = "java(user.getLevel() == null ? null : user.getLevel().key())")
    @Mapping(target = "levelName", expression = "java(user.getLevel() == null ? null : user.getLevel().displayName())")
    UserView toView(UserAccount user, String jobcenterName);
}
