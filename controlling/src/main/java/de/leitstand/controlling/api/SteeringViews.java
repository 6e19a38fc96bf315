package de.leitstand.controlling.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Inputs and views of the quality standards and the target review dialogues. */
public final class SteeringViews {

    private SteeringViews() {
    }

    /** {@code kind}: NOTE (school grade 1,0–6,0, lower is better), INDEX, PROZENT. */
    public record StandardView(Long id, String code, String name, String kind, BigDecimal target, boolean active, long version) implements java.io.Serializable {
    }

    public record StandardChange(
            Long id,
            @NotBlank(message = "{controlling.CODE_NOT_BLANK.2}")
            @Pattern(regexp = "[A-Za-z0-9_-]{1,20}", message = "{controlling.CODE_PATTERN}")
            String code,
            @NotBlank(message = "{controlling.NAME_NOT_BLANK.2}")
            @Size(max = 200, message = "{controlling.NAME_SIZE}") String name,
            @NotBlank(message = "{controlling.KIND_NOT_BLANK}") String kind,
            @NotNull(message = "{controlling.TARGET_NOT_NULL}")
            @Digits(integer = 4, fraction = 2, message = "{controlling.TARGET_DIGITS}") BigDecimal target,
            Boolean active,
            Long version) implements java.io.Serializable {
    }

    /** A standard in a month: the value of the month (or the latest before it), met or not, and the deviation. */
    public record QualityRow(Long standardId, String code, String name, String kind, BigDecimal target, BigDecimal actual,
                             YearMonth actualMonth, Boolean met, BigDecimal deviation, List<QualityPoint> lastTwelveMonths) implements java.io.Serializable {
    }

    public record QualityPoint(YearMonth month, BigDecimal actual) implements java.io.Serializable {
    }

    public record QualityTracking(String agencyNumber, YearMonth month, List<QualityRow> standards) implements java.io.Serializable {
    }

    public record NewReview(
            @NotNull(message = "{controlling.HELD_ON_NOT_NULL}") LocalDate heldOn,
            @NotNull(message = "{controlling.FIGURES_MONTH_NOT_NULL}") YearMonth figuresMonth,
            @NotBlank(message = "{controlling.PARTICIPANTS_NOT_BLANK}")
            @Size(max = 1000, message = "{controlling.PARTICIPANTS_SIZE}") String participants,
            @NotBlank(message = "{controlling.ASSESSMENT_NOT_BLANK}")
            @Size(max = 4000, message = "{controlling.ASSESSMENT_SIZE}") String assessment,
            List<String> kpiCodes) implements java.io.Serializable {
    }

    public record KpiSnapshot(String code, String name, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String reason) implements java.io.Serializable {
    }

    /** @param levelParticipant the supervising level that held the dialogue with the Jobcenter, {@code null} for an internal one */
    public record ReviewView(Long id, LocalDate heldOn, YearMonth figuresMonth, String participants, String assessment,
                             String recordedBy, String levelParticipant, List<KpiSnapshot> kpis, List<SteeringActionView> actions) implements java.io.Serializable {
    }

    public record NewSteeringAction(
            @NotBlank(message = "{controlling.DESCRIPTION_NOT_BLANK.3}")
            @Size(max = 1000, message = "{controlling.DESCRIPTION_SIZE.2}") String description,
            @NotBlank(message = "{controlling.OWNER_NOT_BLANK}")
            @Size(max = 100, message = "{controlling.OWNER_SIZE}") String owner,
            @NotNull(message = "{controlling.DUE_DATE_NOT_NULL}") LocalDate dueDate) implements java.io.Serializable {
    }

    public record SteeringActionView(Long id, Long reviewId, String description, String owner, LocalDate dueDate, String status,
                                     boolean overdue, long version) implements java.io.Serializable {
    }
}
