package de.leitstand.planning.infrastructure;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.persistence.QueryFilter;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.planning.domain.AllocationShare;
import de.leitstand.planning.domain.FederalShare;
import de.leitstand.planning.domain.PlanningRepository;
import de.leitstand.planning.domain.Programme;
import de.leitstand.planning.domain.Team;
import de.leitstand.planning.domain.TeamOffer;
import de.leitstand.planning.domain.TargetAgreement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Every list query is filtered by the caller's tenancy; the entities' guard catches any other path. */
@ApplicationScoped
class JpaPlanningRepository implements PlanningRepository {

    @PersistenceContext(unitName = "planning")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    private String restriction() {
        return tenancy.restriction().map(AgencyNumber::value).orElse(null);
    }

    @Override
    public Optional<Programme> findProgramme(long id) {
        return Optional.ofNullable(em.find(Programme.class, id));
    }

    @Override
    public Programme lockForChange(long id) {
        Programme programme = findProgramme(id).orElseThrow(() -> new NotFoundException("PROGRAMME_NOT_FOUND",
                Text.of("planning.PROGRAMME_NOT_FOUND", id)));
        em.lock(programme, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return programme;
    }

    @Override
    public Optional<TargetAgreement> findAgreement(long id) {
        return Optional.ofNullable(em.find(TargetAgreement.class, id));
    }

    @Override
    public TargetAgreement lockAgreement(long id) {
        TargetAgreement agreement = findAgreement(id).orElseThrow(() -> new NotFoundException("AGREEMENT_NOT_FOUND",
                Text.of("planning.AGREEMENT_NOT_FOUND", id)));
        em.lock(agreement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return agreement;
    }

    @Override
    public Optional<TargetAgreement> agreement(AgencyNumber agency, int year) {
        return em.createQuery("SELECT a FROM TargetAgreement a WHERE a.agencyNumber = :agency AND a.year = :year",
                        TargetAgreement.class)
                .setParameter("agency", agency.value()).setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public List<TargetAgreement> agreements(java.util.Collection<AgencyNumber> agencies, Integer year) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("SELECT a FROM TargetAgreement a WHERE a.agencyNumber IN :agencies"
                        + (year == null ? "" : " AND a.year = :year") + " ORDER BY a.year DESC, a.agencyNumber", TargetAgreement.class)
                .setParameter("agencies", agencies.stream().map(AgencyNumber::value).toList());
        if (year != null) {
            query.setParameter("year", year);
        }
        return query.getResultList();
    }

    @Override
    public void add(TargetAgreement agreement) {
        em.persist(agreement);
    }

    @Override
    public Optional<Programme> currentProgramme(AgencyNumber agency, int year) {
        return em.createQuery("SELECT p FROM Programme p WHERE p.agencyNumber = :agency AND p.year = :year AND p.current = TRUE",
                        Programme.class)
                .setParameter("agency", agency.value()).setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public List<Programme> programmes(AgencyNumber agency, Integer year) {
        return new QueryFilter()
                .and("p.agencyNumber = :agency", "agency", agency == null ? null : agency.value())
                .and("p.agencyNumber = :own", "own", restriction())
                .and("p.year = :year", "year", year)
                .query(em, "SELECT p FROM Programme p", "p.year DESC, p.agencyNumber, p.versionNumber DESC", Programme.class)
                .getResultList();
    }

    @Override
    public void add(Programme programme) {
        em.persist(programme);
    }

    @Override
    public List<Team> teams(AgencyNumber agency) {
        return em.createQuery("SELECT t FROM Team t WHERE t.agencyNumber = :agency ORDER BY t.name", Team.class)
                .setParameter("agency", agency.value()).getResultList();
    }

    @Override
    public Optional<Team> findTeam(long id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    @Override
    public void add(Team team) {
        em.persist(team);
    }

    @Override
    public List<TeamOffer> offers(AgencyNumber agency, int year) {
        return em.createQuery("SELECT o FROM TeamOffer o WHERE o.agencyNumber = :agency AND o.year = :year ORDER BY o.id",
                        TeamOffer.class)
                .setParameter("agency", agency.value()).setParameter("year", year).getResultList();
    }

    @Override
    public Optional<TeamOffer> findOffer(long id) {
        return Optional.ofNullable(em.find(TeamOffer.class, id));
    }

    @Override
    public Optional<TeamOffer> findOffer(long teamId, int year) {
        return em.createQuery("SELECT o FROM TeamOffer o WHERE o.teamId = :team AND o.year = :year", TeamOffer.class)
                .setParameter("team", teamId).setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public void add(TeamOffer offer) {
        em.persist(offer);
    }

    @Override
    public Optional<FederalShare> federalShare(int year) {
        return Optional.ofNullable(em.find(FederalShare.class, year));
    }

    @Override
    public void add(FederalShare share) {
        em.persist(share);
    }

    @Override
    public Optional<AllocationShare> allocationShare(int year, String agencyNumber) {
        return Optional.ofNullable(em.find(AllocationShare.class, new AllocationShare.Key(year, agencyNumber)));
    }

    @Override
    public List<Integer> allocationShareYears() {
        return em.createQuery("SELECT DISTINCT s.year FROM AllocationShare s ORDER BY s.year", Integer.class).getResultList();
    }

    @Override
    public void replaceAllocationShares(int year, List<AllocationShare> shares) {
        // entity by entity, so that every new, changed and removed share is in the audit trail
        java.util.Map<String, AllocationShare> stored = new java.util.HashMap<>();
        em.createQuery("SELECT s FROM AllocationShare s WHERE s.year = :year", AllocationShare.class).setParameter("year", year)
                .getResultList().forEach(share -> stored.put(share.getAgencyNumber(), share));
        for (AllocationShare share : shares) {
            AllocationShare existing = stored.remove(share.getAgencyNumber());
            if (existing == null) {
                em.persist(share);
            } else {
                existing.adopt(share);
            }
        }
        stored.values().forEach(em::remove);
        em.flush();
        em.clear();
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
