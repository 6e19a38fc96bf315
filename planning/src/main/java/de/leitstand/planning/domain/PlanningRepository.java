package de.leitstand.planning.domain;

import de.leitstand.kernel.api.AgencyNumber;

import java.util.List;
import java.util.Optional;

/** The store of programmes, teams, offers and the national rates and shares. */
public interface PlanningRepository {

    Optional<Programme> findProgramme(long id);

    /** Locks the programme for this change: its version goes up even if only its parts change. */
    Programme lockForChange(long id);

    Optional<Programme> currentProgramme(AgencyNumber agency, int year);

    /** @param agency {@code null} for all the caller may see */
    List<Programme> programmes(AgencyNumber agency, Integer year);

    void add(Programme programme);

    List<Team> teams(AgencyNumber agency);

    Optional<Team> findTeam(long id);

    void add(Team team);

    List<TeamOffer> offers(AgencyNumber agency, int year);

    Optional<TeamOffer> findOffer(long id);

    Optional<TeamOffer> findOffer(long teamId, int year);

    void add(TeamOffer offer);

    Optional<FederalShare> federalShare(int year);

    void add(FederalShare share);

    Optional<AllocationShare> allocationShare(int year, String agencyNumber);

    List<Integer> allocationShareYears();

    /** Replaces all shares of the year with these, in one transaction. */
    void replaceAllocationShares(int year, List<AllocationShare> shares);

    Optional<TargetAgreement> findAgreement(long id);

    /** Locks the round for a step: its version goes up even if only a step is added. */
    TargetAgreement lockAgreement(long id);

    Optional<TargetAgreement> agreement(AgencyNumber agency, int year);

    /** @param year {@code null} for all years; the Jobcenters must be ones the caller may read */
    List<TargetAgreement> agreements(java.util.Collection<AgencyNumber> agencies, Integer year);

    void add(TargetAgreement agreement);

    /** @throws de.leitstand.kernel.api.ConflictException {@code CONCURRENT_MODIFICATION} */
    void flush();
}
