package de.leitstand.planning.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A programme's monthly figures (target path, spending profile) as JPA keeps them, by month number 1 to 12, and
 * as the programme hands them out, January first. Once loaded, such a map is EclipseLink's IndirectMap (a
 * Hashtable, no key order), so it is always read by month number.
 */
final class MonthlyValues {

    private MonthlyValues() {
    }

    /** Replaces the map's values by the months, January first; a month without a value is left out. */
    static <V> void replace(Map<Integer, V> byMonth, List<V> months) {
        byMonth.clear();
        if (months != null) {
            for (int month = 1; month <= months.size(); month++) {
                if (months.get(month - 1) != null) {
                    byMonth.put(month, months.get(month - 1));
                }
            }
        }
    }

    /** @return the twelve months, January first, {@code missing} for a month without a value; empty when none has one */
    static <V> List<V> twelve(Map<Integer, V> byMonth, V missing) {
        if (byMonth.isEmpty()) {
            return List.of();
        }
        List<V> months = new ArrayList<>();
        for (int month = 1; month <= TargetPath.MONTHS; month++) {
            months.add(byMonth.getOrDefault(month, missing));
        }
        return months;
    }
}
