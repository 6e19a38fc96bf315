package de.leitstand.programmes.infrastructure;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.programmes.domain.ChangeProposal;
import de.leitstand.programmes.domain.Closure;
import de.leitstand.programmes.domain.FundingProgramme;
import de.leitstand.programmes.domain.Organisation;
import de.leitstand.programmes.domain.Pact;
import de.leitstand.programmes.domain.Participation;
import de.leitstand.programmes.domain.ProgrammePhase;
import de.leitstand.programmes.domain.ProgrammesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaProgrammesRepository implements ProgrammesRepository {

    @PersistenceContext(unitName = "programmes")
    EntityManager em;

    @Override
    public List<FundingProgramme> programmes() {
        return em.createQuery("SELECT p FROM FundingProgramme p ORDER BY p.name", FundingProgramme.class).getResultList();
    }

    @Override
    public Optional<FundingProgramme> programme(long id) {
        return Optional.ofNullable(em.find(FundingProgramme.class, id));
    }

    @Override
    public Optional<ProgrammePhase> phase(long id) {
        return Optional.ofNullable(em.find(ProgrammePhase.class, id));
    }

    @Override
    public void add(FundingProgramme programme) {
        em.persist(programme);
    }

    @Override
    public List<Organisation> organisations() {
        return em.createQuery("SELECT o FROM Organisation o ORDER BY o.name", Organisation.class).getResultList();
    }

    @Override
    public Optional<Organisation> organisation(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public void add(Organisation organisation) {
        em.persist(organisation);
    }

    @Override
    public void add(ChangeProposal proposal) {
        em.persist(proposal);
    }

    @Override
    public Optional<ChangeProposal> proposal(long id) {
        return Optional.ofNullable(em.find(ChangeProposal.class, id));
    }

    @Override
    public List<ChangeProposal> proposals(de.leitstand.kernel.api.AgencyNumber agency) {
        String where = agency == null ? "" : " WHERE p.proposedBy = :agency OR p.addressedTo = :agency";
        var query = em.createQuery("SELECT p FROM ChangeProposal p" + where + " ORDER BY p.proposedAt DESC, p.id DESC", ChangeProposal.class);
        if (agency != null) {
            query.setParameter("agency", agency.value());
        }
        return query.getResultList();
    }

    @Override
    public List<Pact> pacts(AgencyNumber member) {
        if (member == null) {
            return em.createQuery("SELECT p FROM Pact p ORDER BY p.name", Pact.class).getResultList();
        }
        return em.createQuery("SELECT DISTINCT p FROM Pact p JOIN p.memberships m WHERE m.agencyNumber = :agency ORDER BY p.name",
                Pact.class).setParameter("agency", member.value()).getResultList();
    }

    @Override
    public List<Pact> pactsInPhase(long phaseId) {
        return em.createQuery("SELECT p FROM Pact p WHERE p.phaseId = :phase", Pact.class)
                .setParameter("phase", phaseId).getResultList();
    }

    @Override
    public Optional<Pact> pact(long id) {
        return Optional.ofNullable(em.find(Pact.class, id));
    }

    @Override
    public void add(Pact pact) {
        em.persist(pact);
    }

    @Override
    public List<Participation> participation(long pactId) {
        return em.createQuery("SELECT p FROM Participation p WHERE p.pactId = :pact ORDER BY p.agencyNumber, p.year",
                Participation.class).setParameter("pact", pactId).getResultList();
    }

    @Override
    public Optional<Participation> participation(long pactId, AgencyNumber agency, int year) {
        return em.createQuery("SELECT p FROM Participation p WHERE p.pactId = :pact AND p.agencyNumber = :agency AND p.year = :year",
                        Participation.class)
                .setParameter("pact", pactId).setParameter("agency", agency.value()).setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Participation participation) {
        em.persist(participation);
    }

    @Override
    public Optional<Closure> closure(long pactId, AgencyNumber agency) {
        return em.createQuery("SELECT c FROM Closure c WHERE c.pactId = :pact AND c.agencyNumber = :agency", Closure.class)
                .setParameter("pact", pactId).setParameter("agency", agency.value()).getResultStream().findFirst();
    }

    @Override
    public List<Closure> closures(long pactId) {
        return em.createQuery("SELECT c FROM Closure c WHERE c.pactId = :pact", Closure.class)
                .setParameter("pact", pactId).getResultList();
    }

    @Override
    public void add(Closure closure) {
        em.persist(closure);
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.concurrentModification();
        }
    }
}
