package de.leitstand.kernel.api;

import org.mapstruct.InjectionStrategy;
import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The one MapStruct configuration every context's mapper uses ({@code @Mapper(config = MapperDefaults.class)}):
 * CDI beans (Jakarta), and a view field that no mapping fills fails the build, so a new field on a view
 * record cannot silently stay {@code null}. Enums become their {@code name()}; a label or a derived figure is
 * an explicit {@code @Mapping(expression = …)} naming the rule it applies.
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI, injectionStrategy = InjectionStrategy.FIELD,
        unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface MapperDefaults {
}
