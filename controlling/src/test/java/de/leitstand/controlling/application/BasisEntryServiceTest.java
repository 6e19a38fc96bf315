package de.leitstand.controlling.application;

import de.leitstand.controlling.api.BasisEntryApi;
import de.leitstand.controlling.api.ControllingViews;
import de.leitstand.controlling.domain.BasisValue;
import de.leitstand.controlling.domain.ControllingRepository;
import de.leitstand.controlling.domain.Gender;
import de.leitstand.controlling.domain.ImportBatch;
import de.leitstand.controlling.domain.ImportRow;
import de.leitstand.controlling.domain.Series;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.JobcenterDirectory;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.Tenancy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entry form's rules: refused cells by field, the lost-update guard, correction vs new vintage, the sheet. */
class BasisEntryServiceTest {

    private static final AgencyNumber EE = new AgencyNumber("03504");
    private static final YearMonth JUNE = YearMonth.of(2020, 6);
    private static final YearMonth APRIL_VINTAGE = YearMonth.of(2020, 8);

    private final List<BasisValue> stored = new ArrayList<>();
    private final List<ImportBatch> batches = new ArrayList<>();
    private final List<List<ImportRow>> checked = new ArrayList<>();
    private Set<Role> roles = Set.of(Role.CONTROLLING);
    private BasisEntryService service;

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler);
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        service = new BasisEntryService();
        service.repository = fake(ControllingRepository.class, (proxy, method, args) -> switch (method.getName()) {
            case "values" -> stored.stream().filter(v -> v.getMonth().equals(args[1])).toList();
            case "add" -> {
                ImportBatch batch = (ImportBatch) args[0];
                var id = ImportBatch.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(batch, 700L + batches.size());
                batches.add(batch);
                yield null;
            }
            case "store" -> store((List<ImportRow>) args[0], (String) args[1]);
            case "flush" -> null;
            default -> throw new UnsupportedOperationException(method.getName()); // the fake answers only what this test uses
        });
        service.plausibility = new PlausibilityService() {
            @Override
            public List<ControllingViews.ImportWarningView> check(ImportBatch batch, List<ImportRow> rows) {
                checked.add(rows);
                return List.of();
            }
        };
        service.tenancy = fake(Tenancy.class, (proxy, method, args) -> switch (method.getName()) {
            case "resolve" -> EE;
            case "mayAccess" -> true;
            default -> throw new UnsupportedOperationException(method.getName()); // the fake answers only what this test uses
        });
        service.caller = fake(Caller.class, (proxy, method, args) -> switch (method.getName()) {
            case "roles" -> roles;
            case "hasRole" -> roles.contains(args[0]);
            case "agencyNumber" -> Optional.of(EE);
            default -> false;
        });
        service.jobcenters = fake(JobcenterDirectory.class, (proxy, method, args) -> Optional.empty());
        service.reads = new FigureReads() {
            @Override
            public void forget() {
                // no request here: nothing was read
            }
        };
        stored.add(new BasisValue(EE, Series.ELB, JUNE, Gender.GESAMT, APRIL_VINTAGE, new BigDecimal("5000"), "Import (Stapel 3)"));
        stored.add(new BasisValue(EE, Series.ELB, JUNE, Gender.GESAMT, YearMonth.of(2020, 7), new BigDecimal("4990"), "Import (Stapel 2)"));
    }

    /** Like the JPA repository: the same key and vintage is corrected, else a value added. */
    private ControllingRepository.Stored store(List<ImportRow> rows, String source) {
        int inserted = 0;
        int revised = 0;
        for (ImportRow row : rows) {
            Optional<BasisValue> same = stored.stream().filter(v -> v.getSeries() == row.series() && v.getGender() == row.gender()
                    && v.getMonth().equals(row.month()) && v.getVintage().equals(row.vintage())).findFirst();
            if (same.isPresent()) {
                same.get().correct(row.value(), source);
                revised++;
            } else {
                stored.add(new BasisValue(EE, row.series(), row.month(), row.gender(), row.vintage(), row.value(), source));
                inserted++;
            }
        }
        return new ControllingRepository.Stored(inserted, revised);
    }

    private static BasisEntryApi.Change change(Series series, Gender gender, String value, YearMonth seen, long version) {
        return new BasisEntryApi.Change(series.name(), gender.name(), value == null ? null : new BigDecimal(value), seen, version);
    }

    @Test
    void theSheetShowsEverySeriesForTheTotalWomenAndMenWithTheLatestVintage() {
        BasisEntryApi.Sheet sheet = service.sheet(null, JUNE);
        assertEquals(Series.values().length * 3, sheet.cells().size());
        BasisEntryApi.Cell elb = sheet.cells().get(0);
        assertEquals("ELB.GESAMT", elb.field());
        assertEquals(new BigDecimal("5000"), elb.value(), "the latest vintage, not the first stored");
        assertEquals(APRIL_VINTAGE, elb.vintage());
        assertEquals("Import (Stapel 3)", elb.source());
        assertNull(sheet.cells().get(1).value(), "women: nothing stored yet");
        assertTrue(sheet.mayWrite());
        roles = Set.of(Role.GESCHAEFTSFUEHRUNG);
        assertFalse(service.sheet(null, JUNE).mayWrite(), "only CONTROLLING writes basis values");
    }

    @Test
    void refusedCellsAreNamedByFieldAndNothingIsStored() {
        ValidationException refused = assertThrows(ValidationException.class, () -> service.save(null, JUNE, APRIL_VINTAGE, List.of(
                change(Series.ELB, Gender.FRAUEN, "-5", null, 0),
                change(Series.INT, Gender.GESAMT, "12.5", null, 0),
                change(Series.LLU_EUR, Gender.GESAMT, "1000.125", null, 0),
                change(Series.LUH_EUR, Gender.GESAMT, "1000.12", null, 0),
                change(Series.ELB, Gender.GESAMT, "5100", APRIL_VINTAGE, 0))));
        assertEquals("VALUES_INVALID", refused.code());
        assertEquals(List.of("ELB.FRAUEN", "INT.GESAMT", "LLU_EUR.GESAMT"), refused.errors().stream().map(ValidationException.FieldError::field).toList());
        assertTrue(refused.errors().get(0).message().contains("nicht negativ"), refused.errors().get(0).message());
        assertTrue(refused.errors().get(1).message().contains("ganze Zahl"));
        assertEquals(2, stored.size());
        assertTrue(batches.isEmpty());
        ValidationException older = assertThrows(ValidationException.class, () -> service.save(null, JUNE, YearMonth.of(2020, 7),
                List.of(change(Series.ELB, Gender.GESAMT, "5100", APRIL_VINTAGE, 0))));
        assertTrue(older.errors().get(0).message().contains("neueren Datenstand 2020-08"), older.errors().get(0).message());
    }

    @Test
    void aCellChangedSinceItWasShownIsAConflict() {
        ConflictException stale = assertThrows(ConflictException.class, () -> service.save(null, JUNE, APRIL_VINTAGE,
                List.of(change(Series.ELB, Gender.GESAMT, "5100", YearMonth.of(2020, 7), 0))));
        assertEquals("CONCURRENT_MODIFICATION", stale.code());
        assertTrue(stale.getMessage().contains("jetzt 5000, Datenstand 2020-08"), stale.getMessage());
        assertThrows(ConflictException.class, () -> service.save(null, JUNE, APRIL_VINTAGE,
                List.of(change(Series.ELB, Gender.GESAMT, "5100", APRIL_VINTAGE, 3))), "another version of the same vintage");
        assertThrows(ConflictException.class, () -> service.save(null, JUNE, APRIL_VINTAGE,
                List.of(change(Series.INT, Gender.GESAMT, "90", APRIL_VINTAGE, 0))), "a value appeared where none was shown");
        assertTrue(batches.isEmpty());
    }

    @Test
    void theSameVintageIsCorrectedANewOneAddedAndTheEntryIsCheckedAsABatch() {
        BasisEntryApi.Saved saved = service.save(null, JUNE, APRIL_VINTAGE, List.of(
                change(Series.ELB, Gender.GESAMT, "5100", APRIL_VINTAGE, 0),
                change(Series.INT, Gender.GESAMT, "90", null, 0),
                change(Series.INT, Gender.FRAUEN, null, null, 0)));
        assertEquals(2, saved.stored(), "an empty cell is left alone");
        assertEquals(700L, saved.importId());
        assertEquals(3, stored.size(), "ELB corrected in place, INT added");
        assertEquals(new BigDecimal("5100"), stored.get(0).getValue());
        assertEquals("Erfassung (Stapel 700)", stored.get(0).getSource());
        assertEquals(APRIL_VINTAGE, stored.get(2).getVintage());
        assertEquals(1, batches.get(0).getInserted());
        assertEquals(1, batches.get(0).getRevised());
        assertEquals(2, checked.get(0).size(), "the plausibility rules see the entered rows");

        BasisEntryApi.Saved newer = service.save(null, JUNE, YearMonth.of(2020, 9),
                List.of(change(Series.ELB, Gender.GESAMT, "5200", APRIL_VINTAGE, 0)));
        assertEquals(1, newer.stored());
        assertEquals(4, stored.size(), "a newer vintage is added, the older one stays");
    }
}
