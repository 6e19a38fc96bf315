package de.leitstand.kernel.api;

import jakarta.validation.constraints.NotNull;

/**
 * ADMIN's correction of where a Jobcenter stands in the target agreement cascade.
 *
 * @param land                the Land the Jobcenter lies in
 * @param regionalDirectorate the Regionaldirektion of a gE (must be the one of its Land); {@code null} for a zkT
 * @param version             the version read; a stale one ends in a conflict
 */
public record JobcenterPlacementChange(
        @NotNull(message = "{kernel.LAND_NOT_NULL}") Land land,
        Regionaldirektion regionalDirectorate,
        long version) implements java.io.Serializable {
}
