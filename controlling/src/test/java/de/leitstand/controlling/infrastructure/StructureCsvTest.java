package de.leitstand.controlling.infrastructure;

import de.leitstand.controlling.domain.StructureFigure;
import de.leitstand.controlling.domain.StructureRow;
import de.leitstand.kernel.api.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StructureCsvTest {

    private static List<StructureRow> parse(String csv, Charset charset) {
        return StructureCsv.parse(csv.getBytes(charset), a -> !a.equals("99999"), a -> !a.equals("26706"), YearMonth.of(2019, 10));
    }

    @Test
    void readsYearsMonthsCategoriesAndAgeGroupsInBothDialects() {
        List<StructureRow> rows = parse("""
                traeger_nr;zeitraum;merkmal;kategorie;altersgruppe;wert;datenstand
                03504;2019;ELB_IP;marktnah;U25;33;2019-09
                03504;04.2019;EWT;BIS_450;;813;
                03504;2019;ELB;;;5.485
                03504;2019-09;ALQ;GESAMT;;4,7
                """, Charset.forName("windows-1252"));
        assertEquals(4, rows.size());
        assertEquals(new StructureRow(2, "03504", StructureFigure.ELB_IP, "2019", "MARKTNAH", "U25", YearMonth.of(2019, 9), BigDecimal.valueOf(33)), rows.get(0));
        assertEquals("2019-04", rows.get(1).period());
        assertEquals("ALLE", rows.get(1).ageGroup());
        assertEquals(new BigDecimal("5485"), rows.get(2).value());
        assertEquals("GESAMT", rows.get(2).category());
        assertEquals(new BigDecimal("4.7"), rows.get(3).value());
        assertEquals(1, parse("traeger_nr,zeitraum,merkmal,kategorie,altersgruppe,wert\n03504,2019,BG,,,4470.5\n", StandardCharsets.UTF_8).size());
    }

    @Test
    void everyErrorIsNamedWithLineAndColumnAndNothingIsReturned() {
        ValidationException e = assertThrows(ValidationException.class, () -> parse("""
                traeger_nr;zeitraum;merkmal;kategorie;altersgruppe;wert
                99999;2019;ELB;;;1
                26706;2019;ELB;;;1
                03504;2019;EWT;BIS_450;;1
                03504;2019;ELB_IP;MARKTNAH;;1
                03504;2019-13;ELB;;;1
                03504;2019;ELB_IP;SEHR_NAH;U25;1
                03504;2019-09;ALO;GESAMT;;12,5
                03504;2019-09;ALQ;GESAMT;;120
                03504;2019;NIX;;;1
                03504;2019;BG;;;-3
                03504;2019;BG;;;3
                03504;2019;BG;;;4
                """, StandardCharsets.UTF_8));
        List<String> messages = e.errors().stream().map(ValidationException.FieldError::message).toList();
        assertEquals(List.of(
                "Zeile 2, Spalte 1 (traeger_nr): ein Jobcenter 99999 gibt es nicht.",
                "Zeile 3, Spalte 1 (traeger_nr): Zahlen des Jobcenters 26706 dürfen Sie nicht importieren.",
                "Zeile 4, Spalte 2 (zeitraum): EWT wird für einen Monat (JJJJ-MM) angegeben, nicht für ein Jahr.",
                "Zeile 5, Spalte 5 (altersgruppe): bei ELB_IP fehlt die Altersgruppe (U25, U55, AB55).",
                "Zeile 6, Spalte 2 (zeitraum): „2019-13“ ist kein Zeitraum (JJJJ für den Jahresdurchschnitt oder JJJJ-MM).",
                "Zeile 7, Spalte 4 (kategorie): „SEHR_NAH“ ist keine Kategorie von ELB_IP (MARKTNAH, NICHT_MARKTNAH, I, Z, X).",
                "Zeile 8, Spalte 6 (wert): eine Personenzahl ist ganzzahlig, nicht 12.5.",
                "Zeile 9, Spalte 6 (wert): eine Quote von 120 % ist nicht möglich.",
                "Zeile 10, Spalte 3 (merkmal): das Merkmal „NIX“ gibt es nicht.",
                "Zeile 11, Spalte 6 (wert): der Wert -3 ist negativ.",
                "Zeile 13, Spalte 6 (wert): derselbe Wert (03504, BG, 2019, GESAMT, ALLE) steht doppelt in der Datei."), messages);
    }
}
