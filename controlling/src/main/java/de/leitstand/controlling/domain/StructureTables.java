package de.leitstand.controlling.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two structure tables of the programme document, computed from stored values (seed 002):
 * <ul>
 *   <li>ELB by Integrationsprognose and age group: the total is the sum of all categories, "sonstige" is
 *       I + Z + X, each row's share is of the ELB total, in % to one place (half up);</li>
 *   <li>employed ELB by income band: "abhängig erwerbstätig" is the sum of the four bands (persons may be
 *       both employed and self-employed, so the employed total is a figure of its own); each row with its
 *       change to the same month a year before, absolute and in % to one place, and its share of all
 *       employed ELB.</li>
 * </ul>
 * A cell whose inputs are missing is null (shown as "–"), never 0.
 */
public final class StructureTables {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> OTHER = List.of("I", "Z", "X");
    private static final List<String> BANDS = List.of("BIS_450", "BIS_850", "BIS_1200", "UEBER_1200");

    private StructureTables() {
    }

    /** One table row: value, share in %, change to the previous year (absolute, %) and the age split. */
    public record Row(String code, String label, BigDecimal value, BigDecimal share, BigDecimal changeAbsolute,
                      BigDecimal changePercent, Map<String, BigDecimal> byAge) {
    }

    /** @param cells "CATEGORY|AGE" → value of one period (ELB_IP) */
    public static List<Row> prognosis(Map<String, BigDecimal> cells) {
        Map<String, Map<String, BigDecimal>> byCategory = new LinkedHashMap<>();
        for (String category : StructureFigure.ELB_IP.categories()) {
            Map<String, BigDecimal> ages = new LinkedHashMap<>();
            for (String age : StructureFigure.AGE_GROUPS) {
                ages.put(age, cells.get(category + "|" + age));
            }
            byCategory.put(category, ages);
        }
        Map<String, BigDecimal> totalAges = sumAges(byCategory, StructureFigure.ELB_IP.categories());
        BigDecimal total = sum(totalAges.values());
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("GESAMT", "Erwerbsfähige Leistungsberechtigte gesamt", total, null, null, null, totalAges));
        rows.add(row("MARKTNAH", byCategory.get("MARKTNAH"), total));
        rows.add(row("NICHT_MARKTNAH", byCategory.get("NICHT_MARKTNAH"), total));
        Map<String, BigDecimal> otherAges = sumAges(byCategory, OTHER);
        BigDecimal other = sum(otherAges.values());
        rows.add(new Row("SONSTIGE", "Sonstige Integrationsprognosen", other, percent(other, total), null, null, otherAges));
        for (String code : OTHER) {
            rows.add(row(code, byCategory.get(code), total));
        }
        return rows;
    }

    private static Row row(String code, Map<String, BigDecimal> ages, BigDecimal total) {
        BigDecimal value = sum(ages.values());
        return new Row(code, StructureFigure.label(code), value, percent(value, total), null, null, ages);
    }

    /** @param current category → value of the month; @param previous the same month a year before */
    public static List<Row> employment(Map<String, BigDecimal> current, Map<String, BigDecimal> previous) {
        Map<String, BigDecimal> now = withDependent(current);
        Map<String, BigDecimal> before = withDependent(previous);
        BigDecimal employed = now.get("ERWERBSTAETIG");
        List<Row> rows = new ArrayList<>();
        for (String code : List.of("ELB", "ERWERBSTAETIG", "ABHAENGIG", "BIS_450", "BIS_850", "BIS_1200", "UEBER_1200", "SELBSTAENDIG")) {
            BigDecimal value = now.get(code);
            BigDecimal old = before.get(code);
            BigDecimal change = value == null || old == null ? null : value.subtract(old);
            rows.add(new Row(code, "ABHAENGIG".equals(code) ? "abhängig erwerbstätig" : StructureFigure.label(code), value,
                    "ELB".equals(code) ? null : percent(value, employed), change, percent(change, old), Map.of()));
        }
        return rows;
    }

    private static Map<String, BigDecimal> withDependent(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> all = new LinkedHashMap<>(values);
        all.put("ABHAENGIG", sum(BANDS.stream().map(values::get).toList()));
        return all;
    }

    private static Map<String, BigDecimal> sumAges(Map<String, Map<String, BigDecimal>> byCategory, List<String> categories) {
        Map<String, BigDecimal> ages = new LinkedHashMap<>();
        for (String age : StructureFigure.AGE_GROUPS) {
            ages.put(age, sum(categories.stream().map(c -> byCategory.get(c).get(age)).toList()));
        }
        return ages;
    }

    /** The sum, or null when any part is missing. */
    private static BigDecimal sum(java.util.Collection<BigDecimal> parts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal part : parts) {
            if (part == null) {
                return null;
            }
            total = total.add(part);
        }
        return total;
    }

    /** part / whole in % to one place, half up; null when either is missing or the whole is 0. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
