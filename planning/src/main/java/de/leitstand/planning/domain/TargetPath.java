package de.leitstand.planning.domain;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Spreads an annual integration target over the twelve months (the Soll-Pfad): in proportion to a
 * profile (the previous year's months) or evenly, in whole integrations that add up exactly to the
 * annual target (largest-remainder method, ties to the earlier month).
 */
public final class TargetPath {

    public static final int MONTHS = 12;

    private TargetPath() {
    }

    /**
     * @param annual  the annual target, ≥ 0
     * @param profile twelve weights (e.g. last year's monthly integrations); {@code null} or all zero for even
     * @return twelve monthly values whose sum is {@code annual}
     */
    public static List<Integer> distribute(int annual, List<? extends Number> profile) {
        if (annual < 0) {
            throw new IllegalArgumentException("annual target must not be negative");
        }
        List<BigDecimal> weights = new ArrayList<>();
        boolean usable = profile != null && profile.size() == MONTHS;
        for (int month = 0; month < MONTHS; month++) {
            BigDecimal weight = usable && profile.get(month) != null ? new BigDecimal(profile.get(month).toString()) : BigDecimal.ZERO;
            if (weight.signum() < 0) {
                usable = false;
            }
            weights.add(weight);
        }
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!usable || total.signum() == 0) {
            weights = new ArrayList<>(java.util.Collections.nCopies(MONTHS, BigDecimal.ONE));
            total = BigDecimal.valueOf(MONTHS);
        }
        int[] result = new int[MONTHS];
        BigDecimal[] remainders = new BigDecimal[MONTHS];
        int assigned = 0;
        for (int month = 0; month < MONTHS; month++) {
            BigDecimal exact = weights.get(month).multiply(BigDecimal.valueOf(annual)).divide(total, 10, RoundingMode.HALF_UP);
            result[month] = exact.setScale(0, RoundingMode.DOWN).intValue();
            remainders[month] = exact.subtract(BigDecimal.valueOf(result[month]));
            assigned += result[month];
        }
        BigDecimal[] finalRemainders = remainders;
        List<Integer> order = IntStream.range(0, MONTHS).boxed()
                .sorted(Comparator.comparing((Integer m) -> finalRemainders[m]).reversed().thenComparing(m -> m))
                .toList();
        for (int i = 0; i < annual - assigned; i++) {
            result[order.get(i % MONTHS)]++;
        }
        return IntStream.of(result).boxed().toList();
    }

    /**
     * @param annual the planned integrations of the year
     * @param months the monthly targets sent for them
     * @throws ValidationException (field {@code months}) without an annual target, unless there are twelve months
     *                             and they add up to the annual target
     */
    static void check(Integer annual, List<Integer> months) {
        if (annual == null) {
            throw new ValidationException("TARGET_PATH_WITHOUT_TARGET", "months",
                    Text.of("planning.TARGET_PATH_WITHOUT_TARGET"));
        }
        if (months.size() != MONTHS) {
            throw new ValidationException("TARGET_PATH_INVALID", "months", Text.of("planning.TARGET_PATH_INVALID"));
        }
        int total = sum(months);
        if (total != annual) {
            throw new ValidationException("TARGET_PATH_SUM", "months", Text.of("planning.TARGET_PATH_SUM", total, annual));
        }
    }

    static int sum(Collection<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sum();
    }
}
