package de.leitstand.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The session stamp of a user: a UI session remembers it at login and ends as soon as it changes, or the
 * user is disabled or gone. Read from the database on every request, so it holds across cluster nodes.
 */
@ApplicationScoped
public class SessionStamps {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    /** @return the user's current stamp, or {@code null} when the user is disabled or does not exist */
    public Long current(String username) {
        List<Object[]> rows = em.createQuery("SELECT u.sessionStamp, u.enabled FROM UserAccount u WHERE u.username = :name",
                        Object[].class)
                .setParameter("name", username)
                .getResultList();
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[1])) {
            return null;
        }
        return ((Number) rows.get(0)[0]).longValue();
    }
}
