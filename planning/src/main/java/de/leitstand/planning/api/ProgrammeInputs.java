package de.leitstand.planning.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a programme editor sends. Every change names the version it started from; a stale version is
 * refused with {@code CONCURRENT_MODIFICATION}. Amounts are euros ≥ 0 with at most two decimals,
 * quotas 0–100 %.
 */
public final class ProgrammeInputs {

    private ProgrammeInputs() {
    }

    /** A new programme (draft) for a year. */
    public record NewProgramme(
            @Min(value = 2005, message = "{planning.YEAR_MIN}")
            @Max(value = 2100, message = "{planning.YEAR_MAX}") int year,
            LocalDate standDate) implements java.io.Serializable {
    }

    public record Targets(
            @PositiveOrZero(message = "{planning.INTEGRATIONS_POSITIVE_OR_ZERO}") Integer integrations,
            @DecimalMin(value = "0", message = "{planning.INTEGRATION_RATE_DECIMAL_MIN}")
            @DecimalMax(value = "100", message = "{planning.INTEGRATION_RATE_DECIMAL_MIN}")
            @Digits(integer = 3, fraction = 1, message = "{planning.INTEGRATION_RATE_DIGITS}")
            BigDecimal integrationRate,
            @PositiveOrZero(message = "{planning.INTEGRATIONS_WOMEN_POSITIVE_OR_ZERO}") Integer integrationsWomen,
            @PositiveOrZero(message = "{planning.INTEGRATIONS_MEN_POSITIVE_OR_ZERO}") Integer integrationsMen,
            @DecimalMin(value = "0", message = "{planning.INTEGRATION_RATE_WOMEN_DECIMAL_MIN}")
            @DecimalMax(value = "100", message = "{planning.INTEGRATION_RATE_WOMEN_DECIMAL_MIN}")
            @Digits(integer = 3, fraction = 1, message = "{planning.INTEGRATION_RATE_WOMEN_DIGITS}")
            BigDecimal integrationRateWomen,
            @DecimalMin(value = "0", message = "{planning.INTEGRATION_RATE_MEN_DECIMAL_MIN}")
            @DecimalMax(value = "100", message = "{planning.INTEGRATION_RATE_MEN_DECIMAL_MIN}")
            @Digits(integer = 3, fraction = 1, message = "{planning.INTEGRATION_RATE_MEN_DIGITS}")
            BigDecimal integrationRateMen,
            @DecimalMin(value = "0", message = "{planning.PREVIOUS_YEAR_RATE_DECIMAL_MIN}")
            @DecimalMax(value = "100", message = "{planning.PREVIOUS_YEAR_RATE_DECIMAL_MIN}")
            @Digits(integer = 3, fraction = 1, message = "{planning.PREVIOUS_YEAR_RATE_DIGITS}")
            BigDecimal previousYearRate,
            @DecimalMin(value = "-100", message = "{planning.LZB_CHANGE_PERCENT_DECIMAL_MIN}")
            @DecimalMax(value = "100", message = "{planning.LZB_CHANGE_PERCENT_DECIMAL_MIN}")
            @Digits(integer = 3, fraction = 1, message = "{planning.LZB_CHANGE_PERCENT_DIGITS}")
            BigDecimal lzbChangePercent,
            String lzbBasis,
            @PositiveOrZero(message = "{planning.LZB_BASELINE_POSITIVE_OR_ZERO}") Integer lzbBaseline,
            long version) implements java.io.Serializable {
    }

    public record Goal(
            @NotBlank(message = "{planning.KIND_NOT_BLANK}") String kind,
            @NotBlank(message = "{planning.TITLE_NOT_BLANK}")
            @Size(max = 300, message = "{planning.TITLE_SIZE}") String title,
            @NotBlank(message = "{planning.INDICATOR_NOT_BLANK}")
            @Size(max = 1000, message = "{planning.INDICATOR_SIZE}") String indicator,
            String comparator,
            @Digits(integer = 13, fraction = 2, message = "{planning.TARGET_NUMBER_DIGITS}") BigDecimal targetNumber,
            @Size(max = 20, message = "{planning.TARGET_UNIT_SIZE}") String targetUnit,
            @Size(max = 1000, message = "{planning.TARGET_TEXT_SIZE}") String targetText,
            String status,
            @Size(max = 30, message = "{planning.KPI_CODE_SIZE}") String kpiCode) implements java.io.Serializable {
    }

    public record Goals(@NotNull(message = "{planning.GOALS_NOT_NULL}") List<@Valid Goal> goals, long version) implements java.io.Serializable {
    }

    public record TargetPath(@NotNull(message = "{planning.MONTHS_NOT_NULL}")
                             @Size(min = 12, max = 12, message = "{planning.MONTHS_SIZE}")
                             List<@NotNull(message = "{planning.MONTH_VALUE_NOT_NULL}")
                             @PositiveOrZero(message = "{planning.MONTH_VALUE_POSITIVE_OR_ZERO}") Integer> months,
                             long version) implements java.io.Serializable {
    }

    public record Transfer(@NotNull(message = "{planning.DATE_NOT_NULL}") LocalDate date,
                           @NotNull(message = "{planning.AMOUNT_NOT_NULL}")
                           @DecimalMin(value = "0", message = "{planning.AMOUNT_DECIMAL_MIN}")
                           @Digits(integer = 13, fraction = 2, message = "{planning.AMOUNT_DIGITS}")
                           BigDecimal amount,
                           @Size(max = 500, message = "{planning.NOTE_SIZE.4}") String note) implements java.io.Serializable {
    }

    public record PlanLine(@NotBlank(message = "{planning.CATEGORY_NOT_BLANK}") String category,
                           @NotNull(message = "{planning.AMOUNT_NOT_NULL.2}")
                           @DecimalMin(value = "0", message = "{planning.AMOUNT_DECIMAL_MIN}")
                           @Digits(integer = 13, fraction = 2, message = "{planning.AMOUNT_DIGITS}")
                           BigDecimal amount,
                           @PositiveOrZero(message = "{planning.PLANNED_ENTRIES_POSITIVE_OR_ZERO}") Integer plannedEntries,
                           boolean demoValue,
                           @Size(max = 500, message = "{planning.NOTE_SIZE.4}") String note) implements java.io.Serializable {
    }

    public record Budget(
            @DecimalMin(value = "0", message = "{planning.AMOUNT_DECIMAL_MIN}")
            @Digits(integer = 13, fraction = 2, message = "{planning.AMOUNT_DIGITS}") BigDecimal administrationPrevious,
            @DecimalMin(value = "0", message = "{planning.AMOUNT_DECIMAL_MIN}")
            @Digits(integer = 13, fraction = 2, message = "{planning.AMOUNT_DIGITS}") BigDecimal administrationCurrent,
            @DecimalMin(value = "0", message = "{planning.AMOUNT_DECIMAL_MIN}")
            @Digits(integer = 13, fraction = 2, message = "{planning.AMOUNT_DIGITS}") BigDecimal integrationPrevious,
            @DecimalMin(value = "0", message = "{planning.AMOUNT_DECIMAL_MIN}")
            @Digits(integer = 13, fraction = 2, message = "{planning.AMOUNT_DIGITS}") BigDecimal integrationCurrent,
            String kind,
            LocalDate stand,
            @NotNull(message = "{planning.TRANSFERS_NOT_NULL}") List<@Valid Transfer> transfers,
            @NotNull(message = "{planning.PLAN_LINES_NOT_NULL}") List<@Valid PlanLine> planLines,
            @Size(max = 12, message = "{planning.SPENDING_PROFILE_SIZE}")
            List<@DecimalMin(value = "0", message = "{planning.AMOUNT_DECIMAL_MIN}")
            @Digits(integer = 13, fraction = 2, message = "{planning.AMOUNT_DIGITS}") BigDecimal> spendingProfile,
            long version) implements java.io.Serializable {
    }

    public record StaffLine(@NotBlank(message = "{planning.EMPLOYER_NOT_BLANK}") String employer,
                            @NotBlank(message = "{planning.FUNCTION_NOT_BLANK}") String function,
                            @NotNull(message = "{planning.CAPACITY_NOT_NULL}")
                            @DecimalMin(value = "0", message = "{planning.CAPACITY_DECIMAL_MIN}")
                            @Digits(integer = 7, fraction = 2, message = "{planning.CAPACITY_DIGITS}")
                            BigDecimal capacity) implements java.io.Serializable {
    }

    public record Caseload(@NotBlank(message = "{planning.GROUP_NOT_BLANK}") String group,
                           @PositiveOrZero(message = "{planning.CUSTOMERS_POSITIVE_OR_ZERO}") int customers,
                           @NotNull(message = "{planning.STAFF_NOT_NULL}")
                           @DecimalMin(value = "0", message = "{planning.CAPACITY_DECIMAL_MIN}")
                           @Digits(integer = 7, fraction = 2, message = "{planning.CAPACITY_DIGITS}")
                           BigDecimal staff) implements java.io.Serializable {
    }

    public record Staff(@NotNull(message = "{planning.LINES_NOT_NULL}") List<@Valid StaffLine> lines,
                        @NotNull(message = "{planning.CASELOAD_NOT_NULL}") List<@Valid Caseload> caseload,
                        long version) implements java.io.Serializable {
    }

    public record Section(@NotBlank(message = "{planning.TITLE_NOT_BLANK.2}")
                          @Size(max = 300, message = "{planning.TITLE_SIZE.2}") String title,
                          @Size(max = 200000, message = "{planning.CONTENT_SIZE}") String content) implements java.io.Serializable {
    }

    public record Sections(@NotNull(message = "{planning.SECTIONS_NOT_NULL}") List<@Valid Section> sections, long version) implements java.io.Serializable {
    }

    /** The board's agreement: when and by whom (Trägerversammlung; for a zkT the Land). */
    public record Agreement(@NotNull(message = "{planning.AGREED_ON_NOT_NULL}") LocalDate agreedOn,
                            @Size(max = 200, message = "{planning.AGREED_BY_SIZE}") String agreedBy,
                            long version) implements java.io.Serializable {
    }

    public record Revision(@NotBlank(message = "{planning.REASON_NOT_BLANK}")
                           @Size(max = 1000, message = "{planning.REASON_SIZE.2}") String reason,
                           long version) implements java.io.Serializable {
    }

    /** A workflow step that needs nothing but the version. */
    public record Step(long version) implements java.io.Serializable {
    }
}
