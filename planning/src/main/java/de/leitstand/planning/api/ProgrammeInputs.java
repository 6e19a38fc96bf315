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
            @Min(value = 2005, message = "Das Jahr muss 2005 oder später sein.")
            @Max(value = 2100, message = "Das Jahr muss vor 2100 liegen.") int year,
            LocalDate standDate) implements java.io.Serializable {
    }

    public record Targets(
            @PositiveOrZero(message = "Die geplanten Integrationen dürfen nicht negativ sein.") Integer integrations,
            @DecimalMin(value = "0", message = "Die Integrationsquote muss zwischen 0 und 100 % liegen.")
            @DecimalMax(value = "100", message = "Die Integrationsquote muss zwischen 0 und 100 % liegen.")
            @Digits(integer = 3, fraction = 1, message = "Die Integrationsquote hat höchstens eine Nachkommastelle.")
            BigDecimal integrationRate,
            @PositiveOrZero(message = "Die Integrationen der Frauen dürfen nicht negativ sein.") Integer integrationsWomen,
            @PositiveOrZero(message = "Die Integrationen der Männer dürfen nicht negativ sein.") Integer integrationsMen,
            @DecimalMin(value = "0", message = "Die Integrationsquote der Frauen muss zwischen 0 und 100 % liegen.")
            @DecimalMax(value = "100", message = "Die Integrationsquote der Frauen muss zwischen 0 und 100 % liegen.")
            @Digits(integer = 3, fraction = 1, message = "Die Integrationsquote der Frauen hat höchstens eine Nachkommastelle.")
            BigDecimal integrationRateWomen,
            @DecimalMin(value = "0", message = "Die Integrationsquote der Männer muss zwischen 0 und 100 % liegen.")
            @DecimalMax(value = "100", message = "Die Integrationsquote der Männer muss zwischen 0 und 100 % liegen.")
            @Digits(integer = 3, fraction = 1, message = "Die Integrationsquote der Männer hat höchstens eine Nachkommastelle.")
            BigDecimal integrationRateMen,
            @DecimalMin(value = "0", message = "Die Vorjahresquote muss zwischen 0 und 100 % liegen.")
            @DecimalMax(value = "100", message = "Die Vorjahresquote muss zwischen 0 und 100 % liegen.")
            @Digits(integer = 3, fraction = 1, message = "Die Vorjahresquote hat höchstens eine Nachkommastelle.")
            BigDecimal previousYearRate,
            @DecimalMin(value = "-100", message = "Die Veränderung des LZB-Bestands muss zwischen −100 und 100 % liegen.")
            @DecimalMax(value = "100", message = "Die Veränderung des LZB-Bestands muss zwischen −100 und 100 % liegen.")
            @Digits(integer = 3, fraction = 1, message = "Die Veränderung des LZB-Bestands hat höchstens eine Nachkommastelle.")
            BigDecimal lzbChangePercent,
            String lzbBasis,
            @PositiveOrZero(message = "Der LZB-Ausgangsbestand darf nicht negativ sein.") Integer lzbBaseline,
            long version) implements java.io.Serializable {
    }

    public record Goal(
            @NotBlank(message = "Bitte wählen Sie die Art des Ziels (LOKAL oder KOMMUNAL).") String kind,
            @NotBlank(message = "Jedes Ziel braucht eine Bezeichnung.")
            @Size(max = 300, message = "Die Bezeichnung eines Ziels darf höchstens 300 Zeichen lang sein.") String title,
            @NotBlank(message = "Jedes Ziel braucht einen Indikator.")
            @Size(max = 1000, message = "Der Indikator darf höchstens 1000 Zeichen lang sein.") String indicator,
            String comparator,
            @Digits(integer = 13, fraction = 2, message = "Der Zielwert hat höchstens zwei Nachkommastellen.") BigDecimal targetNumber,
            @Size(max = 20, message = "Die Einheit darf höchstens 20 Zeichen lang sein.") String targetUnit,
            @Size(max = 1000, message = "Der Zieltext darf höchstens 1000 Zeichen lang sein.") String targetText,
            String status,
            @Size(max = 30, message = "Der Kennzahl-Code darf höchstens 30 Zeichen lang sein.") String kpiCode) implements java.io.Serializable {
    }

    public record Goals(@NotNull(message = "Die Liste der Ziele fehlt.") List<@Valid Goal> goals, long version) implements java.io.Serializable {
    }

    public record TargetPath(@NotNull(message = "Der Soll-Pfad fehlt.")
                             @Size(min = 12, max = 12, message = "Der Soll-Pfad hat genau zwölf Monatswerte.")
                             List<@NotNull(message = "Jeder Monat braucht einen Wert.")
                             @PositiveOrZero(message = "Monatswerte dürfen nicht negativ sein.") Integer> months,
                             long version) implements java.io.Serializable {
    }

    public record Transfer(@NotNull(message = "Jede Umschichtung braucht ein Datum.") LocalDate date,
                           @NotNull(message = "Jede Umschichtung braucht einen Betrag.")
                           @DecimalMin(value = "0", message = "Beträge dürfen nicht negativ sein.")
                           @Digits(integer = 13, fraction = 2, message = "Beträge haben höchstens zwei Nachkommastellen.")
                           BigDecimal amount,
                           @Size(max = 500, message = "Die Bemerkung darf höchstens 500 Zeichen lang sein.") String note) implements java.io.Serializable {
    }

    public record PlanLine(@NotBlank(message = "Jede Planzeile braucht eine Instrumentenkategorie.") String category,
                           @NotNull(message = "Jede Planzeile braucht einen Betrag.")
                           @DecimalMin(value = "0", message = "Beträge dürfen nicht negativ sein.")
                           @Digits(integer = 13, fraction = 2, message = "Beträge haben höchstens zwei Nachkommastellen.")
                           BigDecimal amount,
                           @PositiveOrZero(message = "Geplante Eintritte dürfen nicht negativ sein.") Integer plannedEntries,
                           boolean demoValue,
                           @Size(max = 500, message = "Die Bemerkung darf höchstens 500 Zeichen lang sein.") String note) implements java.io.Serializable {
    }

    public record Budget(
            @DecimalMin(value = "0", message = "Beträge dürfen nicht negativ sein.")
            @Digits(integer = 13, fraction = 2, message = "Beträge haben höchstens zwei Nachkommastellen.") BigDecimal administrationPrevious,
            @DecimalMin(value = "0", message = "Beträge dürfen nicht negativ sein.")
            @Digits(integer = 13, fraction = 2, message = "Beträge haben höchstens zwei Nachkommastellen.") BigDecimal administrationCurrent,
            @DecimalMin(value = "0", message = "Beträge dürfen nicht negativ sein.")
            @Digits(integer = 13, fraction = 2, message = "Beträge haben höchstens zwei Nachkommastellen.") BigDecimal integrationPrevious,
            @DecimalMin(value = "0", message = "Beträge dürfen nicht negativ sein.")
            @Digits(integer = 13, fraction = 2, message = "Beträge haben höchstens zwei Nachkommastellen.") BigDecimal integrationCurrent,
            String kind,
            LocalDate stand,
            @NotNull(message = "Die Liste der Umschichtungen fehlt.") List<@Valid Transfer> transfers,
            @NotNull(message = "Die Liste der Planzeilen fehlt.") List<@Valid PlanLine> planLines,
            @Size(max = 12, message = "Das Ausgabenprofil hat höchstens zwölf Monatswerte.")
            List<@DecimalMin(value = "0", message = "Beträge dürfen nicht negativ sein.")
            @Digits(integer = 13, fraction = 2, message = "Beträge haben höchstens zwei Nachkommastellen.") BigDecimal> spendingProfile,
            long version) implements java.io.Serializable {
    }

    public record StaffLine(@NotBlank(message = "Jede Personalzeile braucht einen Arbeitgeber (BA oder KOMMUNE).") String employer,
                            @NotBlank(message = "Jede Personalzeile braucht eine Funktion.") String function,
                            @NotNull(message = "Jede Personalzeile braucht Kapazitäten.")
                            @DecimalMin(value = "0", message = "Kapazitäten dürfen nicht negativ sein.")
                            @Digits(integer = 7, fraction = 2, message = "Kapazitäten haben höchstens zwei Nachkommastellen.")
                            BigDecimal capacity) implements java.io.Serializable {
    }

    public record Caseload(@NotBlank(message = "Bitte wählen Sie die Altersgruppe (UNDER_25 oder FROM_25).") String group,
                           @PositiveOrZero(message = "Kundenzahlen dürfen nicht negativ sein.") int customers,
                           @NotNull(message = "Bitte geben Sie die Betreuungskapazität an.")
                           @DecimalMin(value = "0", message = "Kapazitäten dürfen nicht negativ sein.")
                           @Digits(integer = 7, fraction = 2, message = "Kapazitäten haben höchstens zwei Nachkommastellen.")
                           BigDecimal staff) implements java.io.Serializable {
    }

    public record Staff(@NotNull(message = "Die Liste der Personalzeilen fehlt.") List<@Valid StaffLine> lines,
                        @NotNull(message = "Die Betreuungsschlüssel fehlen.") List<@Valid Caseload> caseload,
                        long version) implements java.io.Serializable {
    }

    public record Section(@NotBlank(message = "Jedes Kapitel braucht einen Titel.")
                          @Size(max = 300, message = "Ein Kapiteltitel darf höchstens 300 Zeichen lang sein.") String title,
                          @Size(max = 200000, message = "Ein Kapitel darf höchstens 200.000 Zeichen lang sein.") String content) implements java.io.Serializable {
    }

    public record Sections(@NotNull(message = "Die Liste der Kapitel fehlt.") List<@Valid Section> sections, long version) implements java.io.Serializable {
    }

    /** The board's agreement: when and by whom (Trägerversammlung; for a zkT the Land). */
    public record Agreement(@NotNull(message = "Bitte geben Sie das Datum der Vereinbarung an.") LocalDate agreedOn,
                            @Size(max = 200, message = "Das Gremium darf höchstens 200 Zeichen lang sein.") String agreedBy,
                            long version) implements java.io.Serializable {
    }

    public record Revision(@NotBlank(message = "Bitte begründen Sie die Fortschreibung.")
                           @Size(max = 1000, message = "Die Begründung darf höchstens 1000 Zeichen lang sein.") String reason,
                           long version) implements java.io.Serializable {
    }

    /** A workflow step that needs nothing but the version. */
    public record Step(long version) implements java.io.Serializable {
    }
}
