package de.leitstand.planning.infrastructure;

import de.leitstand.kernel.api.ValidationException;
import de.leitstand.planning.domain.AllocationShare;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AllocationShareCsvTest {

    private static final String HEADER = "traeger_nr,traeger_form,jobcenter,egl_anteil_anl2_pct,egl_anteil_anl3_pct,"
            + "vk_anteil_anl4_pct,vk_anteil_ge_anl5_pct\n";

    private static List<AllocationShare> read(String csv) {
        return new AllocationShareCsv().read(2023, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheShippedFile() throws Exception {
        try (var in = getClass().getResourceAsStream("/de/leitstand/planning/einglmv-2022.csv")) {
            List<AllocationShare> shares = new AllocationShareCsv().read(2022, in);
            assertEquals(405, shares.size());
            AllocationShare elbeElster = shares.stream().filter(s -> s.getAgencyNumber().equals("03504")).findFirst().orElseThrow();
            assertEquals(new BigDecimal("0.1156"), elbeElster.getIntegrationAnnex2());
            assertEquals(new BigDecimal("0.1859"), elbeElster.getAdministrationAnnex5());
            AllocationShare rotenburg = shares.stream().filter(s -> s.getAgencyNumber().equals("26706")).findFirst().orElseThrow();
            assertEquals(null, rotenburg.getAdministrationAnnex5(), "a zkT has no Anlage 5 share");
        }
    }

    @Test
    void acceptsSemicolonsAndDecimalPoints() {
        List<AllocationShare> shares = read(HEADER.replace(',', ';') + "03504;gE;Elbe-Elster;0.1156;0.1243;0.1416;0.1859\n");
        assertEquals(new BigDecimal("0.1243"), shares.get(0).getIntegrationAnnex3());
    }

    @Test
    void namesLineAndColumnOfEveryErrorAndRefusesTheWholeFile() {
        String csv = HEADER + "03504,gE,Elbe-Elster,\"0,1156\",\"0,1243\",\"0,1416\",\"0,1859\"\n"
                + "3504,gE,Kaputt,abc,\"0,1\",\"120\",\n"
                + "03504,gE,Doppelt,\"0,1\",\"0,1\",\"0,1\",\n";
        ValidationException refused = assertThrows(ValidationException.class, () -> read(csv));
        assertEquals("CSV_INVALID", refused.code());
        List<String> fields = refused.errors().stream().map(ValidationException.FieldError::field).toList();
        assertEquals(List.of("Zeile 3, Spalte 1", "Zeile 3, Spalte 4", "Zeile 3, Spalte 6", "Zeile 4, Spalte 1"), fields);
    }

    @Test
    void refusesAMissingColumnAndAnEmptyFile() {
        assertEquals("CSV_COLUMN_MISSING", assertThrows(ValidationException.class,
                () -> read("traeger_nr,egl_anteil_anl2_pct\n03504,1\n")).code());
        assertEquals("CSV_EMPTY", assertThrows(ValidationException.class, () -> read("")).code());
        assertEquals("CSV_EMPTY", assertThrows(ValidationException.class, () -> read(HEADER)).code());
    }
}
