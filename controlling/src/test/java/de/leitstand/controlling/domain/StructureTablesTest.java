package de.leitstand.controlling.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The two structure tables of seed 002 (programme Elbe-Elster 2020), from their inputs to the last digit. */
class StructureTablesTest {

    private static String line(StructureTables.Row r) {
        StringBuilder s = new StringBuilder(r.code()).append(' ').append(r.value());
        if (r.share() != null) {
            s.append(' ').append(r.share());
        }
        if (r.changeAbsolute() != null) {
            s.append(' ').append(r.changeAbsolute()).append(' ').append(r.changePercent());
        }
        r.byAge().values().forEach(v -> s.append(' ').append(v));
        return s.toString();
    }

    @Test
    void integrationsprognoseByAgeGroupJdw2019() {
        int[][] cells = {{33, 122, 18}, {260, 2304, 1259}, {26, 368, 88}, {363, 359, 119}, {50, 94, 22}};
        Map<String, BigDecimal> values = new HashMap<>();
        for (int c = 0; c < 5; c++) {
            for (int a = 0; a < 3; a++) {
                values.put(StructureFigure.ELB_IP.categories().get(c) + "|" + StructureFigure.AGE_GROUPS.get(a), BigDecimal.valueOf(cells[c][a]));
            }
        }
        List<String> table = StructureTables.prognosis(values).stream().map(StructureTablesTest::line).toList();
        assertEquals(List.of(
                "GESAMT 5485 732 3247 1506",
                "MARKTNAH 173 3.2 33 122 18",
                "NICHT_MARKTNAH 3823 69.7 260 2304 1259",
                "SONSTIGE 1489 27.1 439 821 229",
                "I 482 8.8 26 368 88",
                "Z 841 15.3 363 359 119",
                "X 166 3.0 50 94 22"), table);
    }

    @Test
    void employedElbApril2019WithTheChangeToTheYearBefore() {
        List<String> codes = StructureFigure.EWT.categories();
        int[] now = {5593, 1619, 813, 287, 221, 241, 65};
        int[] before = {6180, 1816, 940, 302, 240, 259, 85};
        Map<String, BigDecimal> current = new HashMap<>();
        Map<String, BigDecimal> previous = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            current.put(codes.get(i), BigDecimal.valueOf(now[i]));
            previous.put(codes.get(i), BigDecimal.valueOf(before[i]));
        }
        List<String> table = StructureTables.employment(current, previous).stream().map(StructureTablesTest::line).toList();
        assertEquals(List.of(
                "ELB 5593 -587 -9.5",
                "ERWERBSTAETIG 1619 100.0 -197 -10.8",
                "ABHAENGIG 1562 96.5 -179 -10.3",
                "BIS_450 813 50.2 -127 -13.5",
                "BIS_850 287 17.7 -15 -5.0",
                "BIS_1200 221 13.7 -19 -7.9",
                "UEBER_1200 241 14.9 -18 -6.9",
                "SELBSTAENDIG 65 4.0 -20 -23.5"), table);
    }

    @Test
    void aMissingCellLeavesItsSumsEmptyNeverZero() {
        Map<String, BigDecimal> values = new HashMap<>();
        values.put("MARKTNAH|U25", BigDecimal.TEN);
        List<StructureTables.Row> rows = StructureTables.prognosis(values);
        assertNull(rows.get(0).value());
        assertNull(rows.get(1).share());
        assertNull(StructureTables.employment(Map.of("ELB", BigDecimal.ONE), Map.of()).get(0).changeAbsolute());
    }
}
