package de.leitstand.kernel.infrastructure;

import de.leitstand.kernel.api.Land;
import de.leitstand.kernel.api.Regionaldirektion;
import de.leitstand.kernel.api.SupervisoryLevel;
import de.leitstand.kernel.domain.JobcenterType;
import de.leitstand.kernel.infrastructure.startup.RegistryImportAccess;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped Land/Regionaldirektion of every Jobcenter (jobcenter-levels.csv) against the registry. */
class JobcenterLevelsTest {

    private final Map<String, RegistryImportAccess.Entry> registry = RegistryImportAccess.read();
    private final Map<String, RegistryImportAccess.Level> levels = RegistryImportAccess.readLevels();

    @Test
    void everyJobcenterHasExactlyOneLandAndEveryGeTheRegionaldirektionOfItsLand() {
        assertEquals(registry.keySet(), levels.keySet(), "one row per Jobcenter of the registry, none more");
        registry.forEach((number, entry) -> {
            RegistryImportAccess.Level level = levels.get(number);
            assertEquals(entry.name(), level.name(), number + ": the name as in the registry");
            assertNotNull(level.land(), number + " has a Land");
            if (entry.type() == JobcenterType.GE) {
                assertEquals(level.land().regionaldirektion(), level.regionaldirektion(), number + ": RD of its Land");
            } else {
                assertNull(level.regionaldirektion(), number + ": a zkT has no Regionaldirektion");
            }
        });
    }

    @Test
    void countsPerLandArePlausible() {
        Map<Land, Integer> perLand = new EnumMap<>(Land.class);
        levels.values().forEach(level -> perLand.merge(level.land(), 1, Integer::sum));
        // one Jobcenter per Kreis or kreisfreie Stadt (2022), some split or shared; Berlin by Bezirk
        assertEquals(12, perLand.get(Land.BE));
        assertEquals(18, perLand.get(Land.BB));
        assertEquals(1, perLand.get(Land.HH));
        assertEquals(2, perLand.get(Land.HB));
        assertEquals(6, perLand.get(Land.SL));
        assertEquals(14, perLand.get(Land.ST));
        assertEquals(13, perLand.get(Land.SN));
        assertEquals(22, perLand.get(Land.TH));
        assertEquals(15, perLand.get(Land.SH));
        assertEquals(26, perLand.get(Land.HE));
        assertEquals(53, perLand.get(Land.NW));
        assertEquals(44, perLand.get(Land.BW));
        assertEquals(45, perLand.get(Land.NI));
        assertEquals(10, perLand.get(Land.MV));
        assertEquals(31, perLand.get(Land.RP));
        assertEquals(93, perLand.get(Land.BY));
        assertEquals(405, perLand.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void theBasTraegerNummernGroupTheSameWay() {
        levels.forEach((number, level) -> assertEquals(byNumberRange(number, level.name()), level.land(), number + " " + level.name()));
    }

    @Test
    void spotChecks() {
        assertEquals(Land.BB, levels.get("03504").land());
        assertEquals(Regionaldirektion.BERLIN_BRANDENBURG, levels.get("03504").regionaldirektion());
        assertEquals(Land.NI, levels.get("26706").land());
        assertNull(levels.get("26706").regionaldirektion());
        assertEquals(JobcenterType.ZKT, registry.get("26706").type());
        assertEquals(Land.HB, levels.get("21420").land());
        assertEquals(Regionaldirektion.NIEDERSACHSEN_BREMEN, levels.get("21420").regionaldirektion());
        assertEquals(Land.SL, levels.get("55516").land());
        assertEquals(Land.SN, levels.get("09202").land(), "Zwickau");
        assertEquals(Land.BE, levels.get("96204").land(), "Berlin Mitte");
        assertTrue(SupervisoryLevel.of(Land.NI).covers(false, Land.NI, null));
        assertTrue(!SupervisoryLevel.of(Land.NI).covers(true, Land.NI, Regionaldirektion.NIEDERSACHSEN_BREMEN));
        assertEquals("RD:BERLIN_BRANDENBURG", SupervisoryLevel.parse("rd:berlin_brandenburg").key());
    }

    private static Land byNumberRange(String number, String name) {
        int n = Integer.parseInt(number);
        if (name.startsWith("Bremen") || name.startsWith("Bremerhaven")) {
            return Land.HB;
        }
        if (name.startsWith("Hamburg")) {
            return Land.HH;
        }
        int[][] ranges = {{3000, 3499}, {3500, 3999}, {4000, 4999}, {7000, 9299}, {9300, 9999}, {11000, 13999},
            {21000, 27999}, {31000, 39999}, {41000, 45999}, {55500, 55599}, {51000, 56999}, {61000, 68999},
            {71000, 86999}, {92000, 96999}};
        Land[] lands = {Land.MV, Land.BB, Land.ST, Land.SN, Land.TH, Land.SH, Land.NI, Land.NW, Land.HE, Land.SL,
            Land.RP, Land.BW, Land.BY, Land.BE};
        for (int i = 0; i < ranges.length; i++) {
            if (n >= ranges[i][0] && n <= ranges[i][1]) {
                return lands[i];
            }
        }
        return null;
    }
}
