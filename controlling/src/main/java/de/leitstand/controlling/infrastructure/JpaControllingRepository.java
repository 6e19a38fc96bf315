package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.BasisValue;
import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.controlling.domain.FormulaType;
import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.ImportRow;
import de.leitstand.controlling.domain.KpiDefinition;
import de.leitstand.controlling.domain.KpiEntry;
import de.leitstand.controlling.domain.MonthlyFigures;
import de.leitstand.controlling.domain.Series;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import de.leitstand.controlling.domain.ComparisonMembership;
import de.leitstand.controlling.domain.ComparisonType;
import de.leitstand.kernel.api.Text;
import java.util.Optional;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
class JpaControllingRepository implements ControllingRepository {

    @PersistenceContext(unitName = "controlling")
    EntityManager em;

    @jakarta.inject.Inject
    BulkValueWriter bulk;

    @Override
    public List<KpiDefinition> catalogue() {
        // read as columns, not as entities: building the same few entities for every request made concurrent
        // requests queue on the shared cache's per-object locks (JFR: most of the KPI API's waiting time)
        return em.createQuery("SELECT k.code, k.name, k.formulaType, k.numerator, k.denominator, k.denominatorLag, k.extraLag,"
                        + " k.targetDimension, k.keyIndicator, k.higherIsBetter, k.validFrom, k.validTo, k.source"
                        + " FROM KpiEntry k ORDER BY k.code, k.validFrom", Object[].class).getResultList().stream()
                .map(r -> new KpiDefinition((String) r[0], (String) r[1], (FormulaType) r[2], (Series) r[3], (Series) r[4],
                        (Integer) r[5], (Integer) r[6], (Integer) r[7], (Boolean) r[8], (Boolean) r[9],
                        (java.time.LocalDate) r[10], (java.time.LocalDate) r[11], (String) r[12]))
                .toList();
    }

    @Override
    public void seedCatalogue(Collection<KpiDefinition> definitions) {
        Set<String> present = em.createQuery("SELECT k.id FROM KpiEntry k", String.class).getResultStream().collect(Collectors.toSet());
        definitions.stream().filter(d -> !present.contains(d.versionKey())).map(KpiEntry::new).forEach(em::persist);
    }

    @Override
    public MonthlyFigures figures(AgencyNumber agency, Gender gender, YearMonth from, YearMonth to, YearMonth vintage) {
        var query = em.createQuery("SELECT v.series, v.month, v.vintage, v.value FROM BasisValue v WHERE v.agencyNumber = :agency"
                        + " AND v.gender = :gender AND v.month BETWEEN :from AND :to" + (vintage == null ? "" : " AND v.vintage <= :vintage"),
                Object[].class)
                .setParameter("agency", agency.value()).setParameter("gender", gender)
                .setParameter("from", from).setParameter("to", to);
        if (vintage != null) {
            query.setParameter("vintage", vintage);
        }
        return latest(query.getResultList(), 0);
    }

    @Override
    public Map<String, MonthlyFigures> figuresOfAll(Gender gender, YearMonth from, YearMonth to) {
        List<Object[]> rows = em.createQuery("SELECT v.agencyNumber, v.series, v.month, v.vintage, v.value FROM BasisValue v"
                        + " WHERE v.gender = :gender AND v.month BETWEEN :from AND :to", Object[].class)
                .setParameter("gender", gender).setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, List<Object[]>> byAgency = rows.stream().collect(Collectors.groupingBy(r -> (String) r[0]));
        Map<String, MonthlyFigures> result = new HashMap<>();
        byAgency.forEach((agency, agencyRows) -> result.put(agency, latest(agencyRows, 1)));
        return result;
    }

    /** Keeps, per series and month, the value of the latest vintage. Columns from {@code offset}: series, month, vintage, value. */
    private static MonthlyFigures latest(List<Object[]> rows, int offset) {
        Map<String, Object[]> best = new HashMap<>();
        for (Object[] row : rows) {
            String key = row[offset] + "@" + row[offset + 1];
            Object[] current = best.get(key);
            if (current == null || ((YearMonth) row[offset + 2]).isAfter((YearMonth) current[offset + 2])) {
                best.put(key, row);
            }
        }
        Map<String, BigDecimal> values = new HashMap<>();
        best.forEach((key, row) -> values.put(key, (BigDecimal) row[offset + 3]));
        return (series, month) -> Optional.ofNullable(values.get(series + "@" + month));
    }

    @Override
    public List<BasisValue> values(AgencyNumber agency, YearMonth month) {
        return em.createQuery("SELECT v FROM BasisValue v WHERE v.agencyNumber = :agency AND v.month = :month"
                        + " ORDER BY v.series, v.gender, v.vintage DESC", BasisValue.class)
                .setParameter("agency", agency.value()).setParameter("month", month).getResultList();
    }

    @Override
    public List<StoredValue> storedValues(AgencyNumber agency, YearMonth month) {
        return em.createQuery("SELECT v.series, v.month, v.gender, v.vintage, v.value, v.source FROM BasisValue v"
                        + " WHERE v.agencyNumber = :agency AND v.month = :month ORDER BY v.series, v.gender, v.vintage DESC", Object[].class)
                .setParameter("agency", agency.value()).setParameter("month", month).getResultStream()
                .map(r -> new StoredValue((Series) r[0], (YearMonth) r[1], (Gender) r[2], (YearMonth) r[3], (BigDecimal) r[4], (String) r[5]))
                .toList();
    }

    @Override
    public java.util.Optional<YearMonth> latestMonth(AgencyNumber agency) {
        // a scalar read of months only: no values, no entities (the tenancy is checked by the caller)
        return em.createQuery("SELECT v.month FROM BasisValue v WHERE v.agencyNumber = :agency ORDER BY v.month DESC", YearMonth.class)
                .setParameter("agency", agency.value()).setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public java.util.Optional<YearMonth> earliestMonth(AgencyNumber agency) {
        return em.createQuery("SELECT v.month FROM BasisValue v WHERE v.agencyNumber = :agency ORDER BY v.month", YearMonth.class)
                .setParameter("agency", agency.value()).setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public Stored store(List<ImportRow> rows, String source) {
        return store(rows, source, null);
    }

    @Override
    public Stored store(List<ImportRow> rows, String source, java.util.Collection<BasisValue> seen) {
        Set<Long> seenIds = seen == null ? null : seen.stream().map(BasisValue::getId).collect(Collectors.toSet());
        Map<String, BasisValue> existing = new HashMap<>();
        Set<String> agencies = rows.stream().map(ImportRow::agencyNumber).collect(Collectors.toSet());
        YearMonth from = rows.stream().map(ImportRow::month).min(YearMonth::compareTo).orElseThrow();
        YearMonth to = rows.stream().map(ImportRow::month).max(YearMonth::compareTo).orElseThrow();
        em.createQuery("SELECT v FROM BasisValue v WHERE v.agencyNumber IN :agencies AND v.month BETWEEN :from AND :to", BasisValue.class)
                .setParameter("agencies", agencies).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(v -> existing.put(key(v.getAgencyNumber().value(), v.getSeries(), v.getMonth(),
                        v.getGender(), v.getVintage()), v));
        int inserted = 0;
        int revised = 0;
        for (ImportRow row : rows) {
            BasisValue value = existing.get(key(row.agencyNumber(), row.series(), row.month(), row.gender(), row.vintage()));
            if (value != null && seenIds != null && !seenIds.contains(value.getId())) {
                // written by a parallel request after the caller's check: a conflict, never overwritten unseen
                throw new ConflictException("ALREADY_EXISTS",
                        Text.of("controlling.ALREADY_EXISTS"));
            }
            if (value == null) {
                em.persist(new BasisValue(new AgencyNumber(row.agencyNumber()), row.series(), row.month(), row.gender(),
                        row.vintage(), row.value(), source));
                inserted++;
            } else if (value.getValue().compareTo(row.value()) != 0) {
                value.correct(row.value(), source);
                revised++;
            }
        }
        return new Stored(inserted, revised);
    }

    @Override
    public Optional<de.leitstand.controlling.domain.ImportBatch> importOfFile(String fileHash) {
        return em.createQuery("SELECT b FROM ImportBatch b WHERE b.fileHash = :hash", de.leitstand.controlling.domain.ImportBatch.class)
                .setParameter("hash", fileHash).getResultStream().findFirst();
    }

    @Override
    public de.leitstand.controlling.domain.ImportBatch storeImport(List<ImportRow> rows, String fileHash) {
        flush();
        de.leitstand.controlling.domain.ImportBatch batch = new de.leitstand.controlling.domain.ImportBatch(rows.size(),
                String.join(", ", rows.stream().map(ImportRow::agencyNumber).collect(Collectors.toCollection(java.util.TreeSet::new))),
                rows.stream().map(ImportRow::month).min(YearMonth::compareTo).orElseThrow(),
                rows.stream().map(ImportRow::month).max(YearMonth::compareTo).orElseThrow(),
                rows.stream().map(r -> r.vintage().toString()).collect(Collectors.toCollection(java.util.TreeSet::new)).toString(),
                java.time.Instant.now());
        batch.recordFile(fileHash);
        em.persist(batch); // the id comes from the sequence now; the row is written at the next flush
        String source = de.leitstand.controlling.domain.ControllingSources.batch(batch.getId());
        BulkValueWriter.Outcome outcome = bulk.write(rows, source);
        em.getEntityManagerFactory().getCache().evict(BasisValue.class);
        batch.recordOutcome(outcome.inserted(), outcome.revised(), source);
        return batch;
    }

    @Override
    public void add(de.leitstand.controlling.domain.ImportBatch batch) {
        em.persist(batch);
    }

    private static String key(String agency, Series series, YearMonth month, Gender gender, YearMonth vintage) {
        return agency + "|" + series + "|" + month + "|" + gender + "|" + vintage;
    }

    @Override
    public List<ComparisonType> comparisonTypes() {
        return em.createQuery("SELECT t FROM ComparisonType t ORDER BY t.code", ComparisonType.class).getResultList();
    }

    @Override
    public Optional<ComparisonType> comparisonType(String code) {
        return Optional.ofNullable(em.find(ComparisonType.class, code));
    }

    @Override
    public void add(ComparisonType type) {
        em.persist(type);
    }

    @Override
    public List<ComparisonMembership> memberships(String agencyNumber) {
        return em.createQuery("SELECT m FROM ComparisonMembership m WHERE m.agencyNumber = :agency ORDER BY m.validFrom",
                ComparisonMembership.class).setParameter("agency", agencyNumber).getResultList();
    }

    @Override
    public List<ComparisonMembership> membershipsOf(String typeCode) {
        return em.createQuery("SELECT m FROM ComparisonMembership m WHERE m.typeCode = :type ORDER BY m.agencyNumber, m.validFrom",
                ComparisonMembership.class).setParameter("type", typeCode).getResultList();
    }

    @Override
    public void add(ComparisonMembership membership) {
        em.persist(membership);
    }

    @Override
    public void remove(ComparisonMembership membership) {
        em.remove(membership);
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.concurrentModification();
        } catch (jakarta.persistence.PersistenceException e) {
            // a parallel first write of the same key (unique key) or a lock not granted: a conflict, never retried
            ConflictException conflict = de.leitstand.kernel.api.persistence.DatabaseConflicts.of(e);
            throw conflict != null ? conflict : e;
        }
    }
}
