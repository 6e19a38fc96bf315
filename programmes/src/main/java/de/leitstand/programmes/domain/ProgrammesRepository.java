package de.leitstand.programmes.domain;

import de.leitstand.kernel.api.AgencyNumber;

import java.util.List;
import java.util.Optional;

/** The store of programmes, organisations, pacts, participation and closures. */
public interface ProgrammesRepository {

    List<FundingProgramme> programmes();

    Optional<FundingProgramme> programme(long id);

    Optional<ProgrammePhase> phase(long id);

    void add(FundingProgramme programme);

    List<Organisation> organisations();

    Optional<Organisation> organisation(long id);

    void add(Organisation organisation);

    /** @param member {@code null} for all pacts; else the pacts the Jobcenter is or was a member of */
    List<Pact> pacts(AgencyNumber member);

    List<Pact> pactsInPhase(long phaseId);

    Optional<Pact> pact(long id);

    void add(Pact pact);

    /** @return every member's participation rows of the pact (shared by design among the members) */
    List<Participation> participation(long pactId);

    Optional<Participation> participation(long pactId, AgencyNumber agency, int year);

    void add(Participation participation);

    Optional<Closure> closure(long pactId, AgencyNumber agency);

    List<Closure> closures(long pactId);

    void add(Closure closure);

    /** @throws de.leitstand.kernel.api.ConflictException {@code CONCURRENT_MODIFICATION} */
    void add(ChangeProposal proposal);

    Optional<ChangeProposal> proposal(long id);

    /** @return the proposals a Jobcenter made or received, newest first; {@code null}: all */
    List<ChangeProposal> proposals(de.leitstand.kernel.api.AgencyNumber agency);

    void flush();
}
