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
            @NotBlank(message = "Bitte geben Sie ein Kürzel für den Standard an.")
            @Pattern(regexp = "[A-Za-z0-9_-]{1,20}", message = "Das Kürzel darf nur 1 bis 20 Buchstaben, Ziffern, _ oder - enthalten.")
            String code,
            @NotBlank(message = "Bitte geben Sie die Bezeichnung des Standards an.")
            @Size(max = 200, message = "Die Bezeichnung darf höchstens 200 Zeichen lang sein.") String name,
            @NotBlank(message = "Bitte wählen Sie die Art: NOTE, INDEX oder PROZENT.") String kind,
            @NotNull(message = "Bitte geben Sie den Zielwert an.")
            @Digits(integer = 4, fraction = 2, message = "Der Zielwert hat höchstens zwei Nachkommastellen.") BigDecimal target,
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
            @NotNull(message = "Bitte geben Sie das Datum des Dialogs an.") LocalDate heldOn,
            @NotNull(message = "Bitte geben Sie den Monat der besprochenen Zahlen an.") YearMonth figuresMonth,
            @NotBlank(message = "Bitte nennen Sie die Teilnehmenden.")
            @Size(max = 1000, message = "Die Teilnehmenden dürfen höchstens 1000 Zeichen lang sein.") String participants,
            @NotBlank(message = "Bitte geben Sie die Bewertung an.")
            @Size(max = 4000, message = "Die Bewertung darf höchstens 4000 Zeichen lang sein.") String assessment,
            List<String> kpiCodes) implements java.io.Serializable {
    }

    public record KpiSnapshot(String code, String name, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String reason) implements java.io.Serializable {
    }

    /** @param levelParticipant the supervising level that held the dialogue with the Jobcenter, {@code null} for an internal one */
    public record ReviewView(Long id, LocalDate heldOn, YearMonth figuresMonth, String participants, String assessment,
                             String recordedBy, String levelParticipant, List<KpiSnapshot> kpis, List<SteeringActionView> actions) implements java.io.Serializable {
    }

    public record NewSteeringAction(
            @NotBlank(message = "Bitte beschreiben Sie die Steuerungsmaßnahme.")
            @Size(max = 1000, message = "Die Maßnahme darf höchstens 1000 Zeichen lang sein.") String description,
            @NotBlank(message = "Bitte geben Sie an, wer die Maßnahme verantwortet.")
            @Size(max = 100, message = "Die verantwortliche Person darf höchstens 100 Zeichen lang sein.") String owner,
            @NotNull(message = "Bitte geben Sie das Fälligkeitsdatum an.") LocalDate dueDate) implements java.io.Serializable {
    }

    public record SteeringActionView(Long id, Long reviewId, String description, String owner, LocalDate dueDate, String status,
                                     boolean overdue, long version) implements java.io.Serializable {
    }
}
