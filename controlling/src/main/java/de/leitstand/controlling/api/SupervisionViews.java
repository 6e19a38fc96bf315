package de.leitstand.controlling.api;

import de.leitstand.kernel.api.Text;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Inputs and views of the Fachaufsicht. */
public final class SupervisionViews {

    private SupervisionViews() {
    }

    /** A Prüffeld; {@code errorThreshold} in % (the annual average must stay below it), may be null. */
    public record AreaView(Long id, String code, String name, BigDecimal errorThreshold, boolean active, long version) implements java.io.Serializable {
    }

    /** Creates ({@code id} null) or changes a Prüffeld; a change needs the version last read. */
    public record AreaChange(
            Long id,
            @NotBlank(message = "{controlling.CODE_NOT_BLANK}")
            @Pattern(regexp = "[A-Za-z0-9_-]{1,20}", message = "{controlling.CODE_PATTERN}")
            String code,
            @NotBlank(message = "{controlling.NAME_NOT_BLANK}")
            @Size(max = 200, message = "{controlling.NAME_SIZE}") String name,
            @DecimalMin(value = "0", inclusive = false, message = "{controlling.ERROR_THRESHOLD_DECIMAL_MIN}")
            @DecimalMax(value = "100", message = "{controlling.ERROR_THRESHOLD_DECIMAL_MAX}")
            @Digits(integer = 3, fraction = 2, message = "{controlling.ERROR_THRESHOLD_DIGITS}")
            BigDecimal errorThreshold,
            Boolean active,
            Long version) implements java.io.Serializable {
    }

    /** A line of the audit plan with its Prüffeld. */
    public record PlanLineView(Long id, Long areaId, String areaCode, String areaName, int riskScore, int minCasesPerMonth,
                               String rationale, long version) implements java.io.Serializable {
    }

    public record PlanLineChange(
            @NotNull(message = "{controlling.AREA_ID_NOT_NULL}") Long areaId,
            @NotNull(message = "{controlling.RISK_SCORE_NOT_NULL}")
            @Min(value = 1, message = "{controlling.RISK_SCORE_MIN}")
            @Max(value = 5, message = "{controlling.RISK_SCORE_MIN}") Integer riskScore,
            @NotNull(message = "{controlling.MIN_CASES_PER_MONTH_NOT_NULL}")
            @Min(value = 0, message = "{controlling.MIN_CASES_PER_MONTH_MIN}")
            @Max(value = 10000, message = "{controlling.MIN_CASES_PER_MONTH_MAX}") Integer minCasesPerMonth,
            @Size(max = 1000, message = "{controlling.RATIONALE_SIZE}") String rationale,
            Long version) implements java.io.Serializable {
    }

    /**
     * One audited case. The case reference is a pseudonym (e.g. the BG number "BG-03504-12345"): letters,
     * digits and - / . only, with at least one digit, so that no person's name can be entered.
     */
    public record NewCase(
            @NotNull(message = "{controlling.DATE_NOT_NULL}") LocalDate date,
            @NotNull(message = "{controlling.AREA_ID_NOT_NULL}") Long areaId,
            @NotBlank(message = "{controlling.TEAM_NOT_BLANK}")
            @Size(max = 100, message = "{controlling.TEAM_SIZE}") String team,
            @NotBlank(message = "{controlling.AUDITOR_NOT_BLANK}")
            @Size(max = 100, message = "{controlling.AUDITOR_SIZE}") String auditor,
            @NotBlank(message = "{controlling.CASE_REFERENCE_NOT_BLANK}")
            @Pattern(regexp = "(?=.*[0-9])[A-Za-z0-9./-]{3,30}",
                    message = "{controlling.CASE_REFERENCE_PATTERN}")
            String caseReference,
            @NotNull(message = "{controlling.FAULTY_NOT_NULL}") Boolean faulty,
            @Size(max = 200, message = "{controlling.ERROR_TYPE_SIZE}") String errorType,
            @DecimalMin(value = "0", message = "{controlling.FINANCIAL_IMPACT_DECIMAL_MIN}")
            @Digits(integer = 10, fraction = 2, message = "{controlling.FINANCIAL_IMPACT_DIGITS}")
            BigDecimal financialImpact) implements java.io.Serializable {
    }

    public record CaseView(Long id, LocalDate date, String areaCode, String areaName, String team, String auditor,
                           String caseReference, boolean faulty, String errorType, BigDecimal financialImpact) implements java.io.Serializable {
    }

    /** A month's audited and faulty cases of a Prüffeld and the error rate in % (null without cases). */
    public record MonthRate(YearMonth month, int audited, int faulty, BigDecimal rate) implements java.io.Serializable {
    }

    /**
     * A Prüffeld in the year up to a month: the month's figures, the annual average (JDW) of the monthly
     * rates against the threshold, and the audit density achieved against the plan.
     */
    public record AreaRates(Long areaId, String code, String name, BigDecimal threshold, Integer riskScore,
                            Integer minCasesPerMonth, int auditedInMonth, int faultyInMonth, BigDecimal rateInMonth,
                            BigDecimal annualAverage, int auditedSoFar, int faultySoFar, Integer plannedSoFar,
                            BigDecimal densityPercent, BigDecimal financialImpactSoFar, boolean thresholdExceeded,
                            boolean densityMissed, List<MonthRate> months) implements java.io.Serializable {
    }

    /** The Fachaufsicht's state in a month: every Prüffeld, the alerts and the overdue corrective actions. */
    public record Overview(String agencyNumber, YearMonth month, List<AreaRates> areas, List<Text> alerts,
                           List<ActionView> overdueActions) implements java.io.Serializable {
    }

    public record NewFinding(
            @NotNull(message = "{controlling.AREA_ID_NOT_NULL}") Long areaId,
            @NotNull(message = "{controlling.FOUND_ON_NOT_NULL}") LocalDate foundOn,
            @NotBlank(message = "{controlling.DESCRIPTION_NOT_BLANK}")
            @Size(max = 2000, message = "{controlling.DESCRIPTION_SIZE}") String description) implements java.io.Serializable {
    }

    public record FindingView(Long id, Long areaId, String areaCode, String areaName, LocalDate foundOn, String description,
                              List<ActionView> actions) implements java.io.Serializable {
    }

    public record NewAction(
            @NotBlank(message = "{controlling.DESCRIPTION_NOT_BLANK.2}")
            @Size(max = 1000, message = "{controlling.DESCRIPTION_SIZE.2}") String description,
            @NotBlank(message = "{controlling.OWNER_NOT_BLANK}")
            @Size(max = 100, message = "{controlling.OWNER_SIZE}") String owner,
            @NotNull(message = "{controlling.DUE_DATE_NOT_NULL}") LocalDate dueDate) implements java.io.Serializable {
    }

    public record ActionView(Long id, Long findingId, String areaCode, String description, String owner, LocalDate dueDate,
                             String status, LocalDate followUpDate, String followUpResult, boolean overdue, long version) implements java.io.Serializable {
    }

    /** The follow-up check (Nachprüfung): effective closes the action, not effective reopens it with a new due date. */
    public record FollowUp(
            @NotNull(message = "{controlling.CHECKED_ON_NOT_NULL}") LocalDate checkedOn,
            @NotBlank(message = "{controlling.RESULT_NOT_BLANK}")
            @Size(max = 1000, message = "{controlling.RESULT_SIZE}") String result,
            @NotNull(message = "{controlling.EFFECTIVE_NOT_NULL}") Boolean effective,
            LocalDate newDueDate,
            @NotNull(message = "{controlling.VERSION_NOT_NULL}") Long version) implements java.io.Serializable {
    }
}
