package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.PublishedRepository;
import de.leitstand.controlling.domain.PublishedRow;
import de.leitstand.controlling.domain.PublishedValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
class JpaPublishedRepository implements PublishedRepository {

    @PersistenceContext(unitName = "controlling")
    EntityManager em;

    @Override
    public int store(List<PublishedRow> rows) {
        YearMonth first = rows.stream().map(PublishedRow::month).min(Comparator.naturalOrder()).orElseThrow();
        YearMonth last = rows.stream().map(PublishedRow::month).max(Comparator.naturalOrder()).orElseThrow();
        List<String> agencies = rows.stream().map(PublishedRow::agencyNumber).distinct().toList();
        Map<String, PublishedValue> existing = new HashMap<>();
        em.createQuery("SELECT p FROM PublishedValue p WHERE p.agencyNumber IN :agencies AND p.month BETWEEN :first AND :last",
                        PublishedValue.class)
                .setParameter("agencies", agencies).setParameter("first", first).setParameter("last", last)
                .getResultList().forEach(p -> existing.put(key(p.getAgencyNumber(), p.getMonth(), p.getGender(), p.getCode(), p.getVintage()), p));
        int inserted = 0;
        for (PublishedRow row : rows) {
            PublishedValue present = existing.get(key(row.agencyNumber(), row.month(), row.gender(), row.code(), row.vintage()));
            if (present == null) {
                em.persist(new PublishedValue(row));
                inserted++;
            } else {
                present.revise(row);
            }
        }
        em.flush();
        return inserted;
    }

    private static String key(String agency, YearMonth month, Gender gender, String code, YearMonth vintage) {
        return agency + "|" + month + "|" + gender + "|" + code + "|" + vintage;
    }

    @Override
    public Map<String, PublishedValue> latest(String agencyNumber, YearMonth month, Gender gender) {
        return latestByCode(em.createQuery("SELECT p FROM PublishedValue p WHERE p.agencyNumber = :agency AND p.month = :month"
                        + " AND p.gender = :gender", PublishedValue.class)
                .setParameter("agency", agencyNumber).setParameter("month", month).setParameter("gender", gender).getResultList());
    }

    @Override
    public Map<String, Map<String, PublishedValue>> latestOfAll(YearMonth month, Gender gender) {
        Map<String, List<PublishedValue>> byAgency = new TreeMap<>();
        em.createQuery("SELECT p FROM PublishedValue p WHERE p.month = :month AND p.gender = :gender", PublishedValue.class)
                .setParameter("month", month).setParameter("gender", gender).getResultList()
                .forEach(p -> byAgency.computeIfAbsent(p.getAgencyNumber(), a -> new java.util.ArrayList<>()).add(p));
        Map<String, Map<String, PublishedValue>> result = new TreeMap<>();
        byAgency.forEach((agency, values) -> result.put(agency, latestByCode(values)));
        return result;
    }

    private static Map<String, PublishedValue> latestByCode(List<PublishedValue> values) {
        Map<String, PublishedValue> latest = new TreeMap<>();
        for (PublishedValue p : values) {
            latest.merge(p.getCode(), p, (a, b) -> a.getVintage().isAfter(b.getVintage()) ? a : b);
        }
        return latest;
    }
}
