package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.StructureFigure;
import de.leitstand.controlling.domain.StructureRepository;
import de.leitstand.controlling.domain.StructureRow;
import de.leitstand.controlling.domain.StructureValue;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
class JpaStructureRepository implements StructureRepository {

    @PersistenceContext(unitName = "controlling")
    EntityManager em;

    @Override
    public List<StructureValue> latest(AgencyNumber agency, StructureFigure figure, List<String> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        Map<String, StructureValue> best = new HashMap<>();
        em.createQuery("SELECT v FROM StructureValue v WHERE v.agencyNumber = :agency AND v.figure = :figure AND v.period IN :periods",
                        StructureValue.class).setParameter("agency", agency.value()).setParameter("figure", figure)
                .setParameter("periods", periods).getResultStream()
                .forEach(v -> best.merge(v.key(), v, (a, b) -> b.getVintage().isAfter(a.getVintage()) ? b : a));
        return List.copyOf(best.values());
    }

    @Override
    public List<String> periods(AgencyNumber agency, StructureFigure figure) {
        return em.createQuery("SELECT DISTINCT v.period FROM StructureValue v WHERE v.agencyNumber = :agency AND v.figure = :figure"
                        + " ORDER BY v.period DESC", String.class)
                .setParameter("agency", agency.value()).setParameter("figure", figure).getResultList();
    }

    @Override
    public List<StructureValue> values(AgencyNumber agency, String period) {
        return em.createQuery("SELECT v FROM StructureValue v WHERE v.agencyNumber = :agency AND v.period = :period"
                        + " ORDER BY v.figure, v.category, v.ageGroup, v.vintage DESC", StructureValue.class)
                .setParameter("agency", agency.value()).setParameter("period", period).getResultList();
    }

    @Override
    public int store(List<StructureRow> rows, String source) {
        Set<String> agencies = rows.stream().map(StructureRow::agencyNumber).collect(Collectors.toSet());
        Set<String> periods = rows.stream().map(StructureRow::period).collect(Collectors.toSet());
        Map<String, StructureValue> existing = new HashMap<>();
        em.createQuery("SELECT v FROM StructureValue v WHERE v.agencyNumber IN :agencies AND v.period IN :periods", StructureValue.class)
                .setParameter("agencies", agencies).setParameter("periods", periods).getResultStream()
                .forEach(v -> existing.put(v.getAgencyNumber().value() + "|" + v.key() + "|" + v.getVintage(), v));
        for (StructureRow row : rows) {
            StructureValue value = existing.get(row.key());
            if (value == null) {
                em.persist(new StructureValue(row, source));
            } else if (value.getValue().compareTo(row.value()) != 0) {
                value.correct(row.value(), source);
            }
        }
        return rows.size();
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
