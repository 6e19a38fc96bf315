package de.leitstand.controlling.api;

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
            @NotBlank(message = "Bitte geben Sie ein Kürzel für das Prüffeld an (z. B. KDU).")
            @Pattern(regexp = "[A-Za-z0-9_-]{1,20}", message = "Das Kürzel darf nur 1 bis 20 Buchstaben, Ziffern, _ oder - enthalten.")
            String code,
            @NotBlank(message = "Bitte geben Sie die Bezeichnung des Prüffelds an.")
            @Size(max = 200, message = "Die Bezeichnung darf höchstens 200 Zeichen lang sein.") String name,
            @DecimalMin(value = "0", inclusive = false, message = "Der Schwellenwert muss über 0 % liegen.")
            @DecimalMax(value = "100", message = "Der Schwellenwert darf höchstens 100 % betragen.")
            @Digits(integer = 3, fraction = 2, message = "Der Schwellenwert hat höchstens zwei Nachkommastellen.")
            BigDecimal errorThreshold,
            Boolean active,
            Long version) implements java.io.Serializable {
    }

    /** A line of the audit plan with its Prüffeld. */
    public record PlanLineView(Long id, Long areaId, String areaCode, String areaName, int riskScore, int minCasesPerMonth,
                               String rationale, long version) implements java.io.Serializable {
    }

    public record PlanLineChange(
            @NotNull(message = "Bitte wählen Sie das Prüffeld.") Long areaId,
            @NotNull(message = "Bitte geben Sie die Risikobewertung an (1 bis 5).")
            @Min(value = 1, message = "Die Risikobewertung liegt zwischen 1 (gering) und 5 (hoch).")
            @Max(value = 5, message = "Die Risikobewertung liegt zwischen 1 (gering) und 5 (hoch).") Integer riskScore,
            @NotNull(message = "Bitte geben Sie die Mindestzahl der Prüfungen je Monat an.")
            @Min(value = 0, message = "Die Mindestzahl der Prüfungen darf nicht negativ sein.")
            @Max(value = 10000, message = "Die Mindestzahl der Prüfungen je Monat darf höchstens 10.000 betragen.") Integer minCasesPerMonth,
            @Size(max = 1000, message = "Die Begründung darf höchstens 1000 Zeichen lang sein.") String rationale,
            Long version) implements java.io.Serializable {
    }

    /**
     * One audited case. The case reference is a pseudonym (e.g. the BG number "BG-03504-12345"): letters,
     * digits and - / . only, with at least one digit, so that no person's name can be entered.
     */
    public record NewCase(
            @NotNull(message = "Bitte geben Sie das Prüfdatum an.") LocalDate date,
            @NotNull(message = "Bitte wählen Sie das Prüffeld.") Long areaId,
            @NotBlank(message = "Bitte geben Sie das geprüfte Team an.")
            @Size(max = 100, message = "Das Team darf höchstens 100 Zeichen lang sein.") String team,
            @NotBlank(message = "Bitte geben Sie die prüfende Person an.")
            @Size(max = 100, message = "Die prüfende Person darf höchstens 100 Zeichen lang sein.") String auditor,
            @NotBlank(message = "Bitte geben Sie das pseudonymisierte Fallzeichen an.")
            @Pattern(regexp = "(?=.*[0-9])[A-Za-z0-9./-]{3,30}",
                    message = "Das Fallzeichen muss pseudonymisiert sein: 3 bis 30 Buchstaben, Ziffern, „-“, „/“ oder „.“, mindestens eine Ziffer, kein Name.")
            String caseReference,
            @NotNull(message = "Bitte geben Sie das Prüfergebnis an (ohne Fehler oder fehlerhaft).") Boolean faulty,
            @Size(max = 200, message = "Die Fehlerart darf höchstens 200 Zeichen lang sein.") String errorType,
            @DecimalMin(value = "0", message = "Die finanzielle Auswirkung darf nicht negativ sein.")
            @Digits(integer = 10, fraction = 2, message = "Die finanzielle Auswirkung hat höchstens zwei Nachkommastellen.")
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
    public record Overview(String agencyNumber, YearMonth month, List<AreaRates> areas, List<String> alerts,
                           List<ActionView> overdueActions) implements java.io.Serializable {
    }

    public record NewFinding(
            @NotNull(message = "Bitte wählen Sie das Prüffeld.") Long areaId,
            @NotNull(message = "Bitte geben Sie das Datum der Feststellung an.") LocalDate foundOn,
            @NotBlank(message = "Bitte beschreiben Sie die Feststellung.")
            @Size(max = 2000, message = "Die Feststellung darf höchstens 2000 Zeichen lang sein.") String description) implements java.io.Serializable {
    }

    public record FindingView(Long id, Long areaId, String areaCode, String areaName, LocalDate foundOn, String description,
                              List<ActionView> actions) implements java.io.Serializable {
    }

    public record NewAction(
            @NotBlank(message = "Bitte beschreiben Sie die Maßnahme.")
            @Size(max = 1000, message = "Die Maßnahme darf höchstens 1000 Zeichen lang sein.") String description,
            @NotBlank(message = "Bitte geben Sie an, wer die Maßnahme verantwortet.")
            @Size(max = 100, message = "Die verantwortliche Person darf höchstens 100 Zeichen lang sein.") String owner,
            @NotNull(message = "Bitte geben Sie das Fälligkeitsdatum an.") LocalDate dueDate) implements java.io.Serializable {
    }

    public record ActionView(Long id, Long findingId, String areaCode, String description, String owner, LocalDate dueDate,
                             String status, LocalDate followUpDate, String followUpResult, boolean overdue, long version) implements java.io.Serializable {
    }

    /** The follow-up check (Nachprüfung): effective closes the action, not effective reopens it with a new due date. */
    public record FollowUp(
            @NotNull(message = "Bitte geben Sie das Datum der Nachprüfung an.") LocalDate checkedOn,
            @NotBlank(message = "Bitte beschreiben Sie das Ergebnis der Nachprüfung.")
            @Size(max = 1000, message = "Das Ergebnis darf höchstens 1000 Zeichen lang sein.") String result,
            @NotNull(message = "Bitte geben Sie an, ob die Maßnahme wirksam war.") Boolean effective,
            LocalDate newDueDate,
            @NotNull(message = "Bitte senden Sie die zuletzt gelesene Version mit.") Long version) implements java.io.Serializable {
    }
}
