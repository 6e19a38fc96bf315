package de.leitstand.kernel.api;

import java.util.Optional;

/**
 * The national registry of Jobcenters (405 in the EinglMV 2022). Public master data: every
 * logged-in user can search it. Only a Jobcenter's own Geschäftsführung or an ADMIN edits its profile.
 */
public interface JobcenterDirectory {

    /**
     * @param text part of the name or agency number, case-insensitive; {@code null} for all
     * @param type {@code GE}, {@code ZKT} or {@code null} for both
     */
    Page<JobcenterView> search(String text, String type, PageRequest page);

    Optional<JobcenterView> find(String agencyNumber);

    /** @throws NotFoundException {@code JOBCENTER_NOT_FOUND} */
    JobcenterView get(String agencyNumber);

    /**
     * @throws AccessDeniedException {@code TENANT_FORBIDDEN} for another Jobcenter, {@code ROLE_MISSING}
     * @throws ConflictException     {@code CONCURRENT_MODIFICATION} when the version is stale
     * @throws ValidationException   naming each bad field
     */
    JobcenterView updateProfile(String agencyNumber, JobcenterProfileChange change);

    /**
     * Corrects a Jobcenter's Land and Regionaldirektion (ADMIN; audited).
     *
     * @throws ValidationException {@code PLACEMENT_INCONSISTENT} when the Regionaldirektion does not fit the Land or form
     * @throws ConflictException   {@code CONCURRENT_MODIFICATION} when the version is stale
     */
    JobcenterView updatePlacement(String agencyNumber, JobcenterPlacementChange change);

    /** @return the Jobcenters a supervising level covers, by name (the registry is public) */
    java.util.List<JobcenterView> supervisedBy(SupervisoryLevel level);

    /** @return the number of Jobcenters in the registry */
    long count();

    /** @return what the caller may do with the Jobcenter's registry entry, from the roles the use cases ask for */
    JobcenterRights rights(String agencyNumber);

    /**
     * @param editProfile   the profile: its own Geschäftsführung or an ADMIN
     * @param editPlacement Land and Regionaldirektion: ADMIN
     */
    record JobcenterRights(boolean editProfile, boolean editPlacement) implements java.io.Serializable {
    }
}
