package de.leitstand.kernel.infrastructure;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.QueryFilter;
import de.leitstand.kernel.domain.UserAccount;
import de.leitstand.kernel.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import de.leitstand.kernel.api.ConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Override
    public Optional<UserAccount> find(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", username)
                .getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> search(String text, AgencyNumber agencyNumber, int offset, int limit) {
        return filter(text, agencyNumber).query(em, "SELECT u FROM UserAccount u", "u.username", UserAccount.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String text, AgencyNumber agencyNumber) {
        return filter(text, agencyNumber).query(em, "SELECT COUNT(u) FROM UserAccount u", null, Long.class)
                .getSingleResult();
    }

    private static QueryFilter filter(String text, AgencyNumber agencyNumber) {
        return new QueryFilter().containsIgnoreCase(text, "u.username", "u.displayName")
                .and("u.agencyNumber = :agency", "agency", agencyNumber == null ? null : agencyNumber.value());
    }

    @Override
    public void add(UserAccount user) {
        em.persist(user);
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult() == 0;
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
