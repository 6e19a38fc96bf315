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
    JobcenterView toView(Jobcenter jobcenter);

    @Mapping(target = "agencyNumber",
            expression = "java(user.getAgencyNumber() == null ? null : user.getAgencyNumber().value())")
    @Mapping(target = "jobcenterName", source = "jobcenterName")
    UserView toView(UserAccount user, String jobcenterName);
}
