package de.leitstand.programmes.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the programme pages and API clients send. Figures are ≥ 0; a change names the version it read. */
public final class ProgrammeInputs {

    private ProgrammeInputs() {
    }

    public record Programme(
            @NotBlank(message = "Bitte geben Sie den Namen des Programms an.")
            @Size(max = 300, message = "Der Name darf höchstens 300 Zeichen lang sein.") String name,
            @Size(max = 60, message = "Die Kurzbezeichnung darf höchstens 60 Zeichen lang sein.") String shortName,
            @NotBlank(message = "Bitte wählen Sie den Fördergeber.") String funder,
            @Size(max = 500, message = "Die Rechtsgrundlage darf höchstens 500 Zeichen lang sein.") String legalBasis,
            @Size(max = 300, message = "Der Programmträger darf höchstens 300 Zeichen lang sein.") String administeringBody,
            @Size(max = 1000, message = "Die Zielgruppe darf höchstens 1000 Zeichen lang sein.") String targetGroup,
            @DecimalMin(value = "0", message = "Der ESF-Satz muss zwischen 0 und 100 % liegen.")
            @DecimalMax(value = "100", message = "Der ESF-Satz muss zwischen 0 und 100 % liegen.") BigDecimal esfRatePercent,
            @DecimalMin(value = "0", message = "Der Eigenanteil muss zwischen 0 und 100 % liegen.")
            @DecimalMax(value = "100", message = "Der Eigenanteil muss zwischen 0 und 100 % liegen.") BigDecimal ownSharePercent,
            @Size(max = 2000, message = "Die Kofinanzierungsregeln dürfen höchstens 2000 Zeichen lang sein.") String coFinancingRules,
            @NotNull(message = "Die Liste der Phasen fehlt.") List<@Valid Phase> phases,
            @NotNull(message = "Die Liste der Berichtspflichten fehlt.") List<@Valid Obligation> obligations,
            long version) implements java.io.Serializable {
    }

    public record Phase(@Min(value = 1, message = "Phasennummern beginnen bei 1.") int number,
                        @NotNull(message = "Jede Phase braucht einen Beginn.") LocalDate from,
                        @NotNull(message = "Jede Phase braucht ein Ende.") LocalDate to,
                        @DecimalMin(value = "0", message = "Das Budget darf nicht negativ sein.")
                        @Digits(integer = 13, fraction = 2, message = "Beträge haben höchstens zwei Nachkommastellen.") BigDecimal budget,
                        @Size(max = 2000, message = "Die Regeln dürfen höchstens 2000 Zeichen lang sein.") String rules,
                        @PositiveOrZero(message = "Die Zahl der Pakte darf nicht negativ sein.") Integer pactsNationwide) implements java.io.Serializable {
    }

    public record Obligation(@NotBlank(message = "Jede Berichtspflicht braucht eine Bezeichnung.") String title,
                             @NotNull(message = "Jede Berichtspflicht braucht ein Fälligkeitsdatum.") LocalDate dueDate,
                             boolean done) implements java.io.Serializable {
    }

    public record Organisation(
            @NotBlank(message = "Bitte geben Sie den Namen der Organisation an.")
            @Size(max = 300, message = "Der Name darf höchstens 300 Zeichen lang sein.") String name,
            @NotBlank(message = "Bitte wählen Sie die Art der Organisation.") String type,
            @Size(max = 500, message = "Die Anschrift darf höchstens 500 Zeichen lang sein.") String address,
            @Size(max = 500, message = "Der Kontakt darf höchstens 500 Zeichen lang sein.") String contact,
            long version) implements java.io.Serializable {
    }

    /** A new pact; the lead Jobcenter (financial responsibility) joins on {@code leadJoinedOn}. */
    public record NewPact(long phaseId,
                          @NotBlank(message = "Bitte geben Sie den Namen des Pakts an.")
                          @Size(max = 300, message = "Der Name darf höchstens 300 Zeichen lang sein.") String name,
                          String leadAgencyNumber,
                          @NotNull(message = "Bitte geben Sie das Beitrittsdatum des federführenden Jobcenters an.") LocalDate leadJoinedOn,
                          Long coordinatorId,
                          @Size(max = 300, message = "Die Rolle darf höchstens 300 Zeichen lang sein.") String coordinatorRole) implements java.io.Serializable {
    }

    public record Coordinator(Long organisationId,
                              @Size(max = 300, message = "Die Rolle darf höchstens 300 Zeichen lang sein.") String role,
                              @NotNull(message = "Bitte geben Sie an, seit wann.") LocalDate since, long version) implements java.io.Serializable {
    }

    public record Membership(@NotBlank(message = "Bitte geben Sie die Träger-Nummer an.") String agencyNumber,
                             @NotNull(message = "Bitte geben Sie das Datum an.") LocalDate date, long version) implements java.io.Serializable {
    }

    public record Partner(long organisationId,
                          @Size(max = 300, message = "Die Rolle darf höchstens 300 Zeichen lang sein.") String role,
                          long version) implements java.io.Serializable {
    }

    public record Event(@NotNull(message = "Bitte geben Sie das Datum an.") LocalDate date,
                        @NotBlank(message = "Bitte wählen Sie die Art des Ereignisses.") String type,
                        @NotBlank(message = "Bitte beschreiben Sie das Ereignis.")
                        @Size(max = 2000, message = "Die Beschreibung darf höchstens 2000 Zeichen lang sein.") String description,
                        long version) implements java.io.Serializable {
    }

    /** A member's figures of a year; {@code version} of the existing row (0 for a new one). */
    public record Participation(@Min(value = 2000, message = "Bitte geben Sie ein gültiges Jahr an.") int year,
                                @DecimalMin(value = "0", message = "Beträge dürfen nicht negativ sein.")
                                @Digits(integer = 13, fraction = 2, message = "Beträge haben höchstens zwei Nachkommastellen.") BigDecimal budgetGranted,
                                @DecimalMin(value = "0", message = "Beträge dürfen nicht negativ sein.")
                                @Digits(integer = 13, fraction = 2, message = "Beträge haben höchstens zwei Nachkommastellen.") BigDecimal budgetSpent,
                                @PositiveOrZero(message = "Geplante Aktivierungen dürfen nicht negativ sein.") Integer activationsPlanned,
                                @PositiveOrZero(message = "Aktivierungen dürfen nicht negativ sein.") Integer activationsActual,
                                @PositiveOrZero(message = "Geplante Integrationen dürfen nicht negativ sein.") Integer integrationsPlanned,
                                @PositiveOrZero(message = "Integrationen dürfen nicht negativ sein.") Integer integrationsActual,
                                @PositiveOrZero(message = "Integrationen in sozialversicherungspflichtige Beschäftigung dürfen nicht negativ sein.") Integer integrationsInsured,
                                @PositiveOrZero(message = "Unbefristete Integrationen dürfen nicht negativ sein.") Integer integrationsPermanent,
                                @PositiveOrZero(message = "Existenzgründungen dürfen nicht negativ sein.") Integer integrationsSelfEmployed,
                                @PositiveOrZero(message = "Geringfügige Beschäftigungen dürfen nicht negativ sein.") Integer marginalEmployment,
                                @PositiveOrZero(message = "Der Teilnehmerbestand darf nicht negativ sein.") Integer participantStock,
                                long version) implements java.io.Serializable {
    }

    public record Closing(@NotNull(message = "Bitte geben Sie das Abschlussdatum an.") LocalDate closedOn,
                          @Size(max = 2000, message = "Die Bemerkung darf höchstens 2000 Zeichen lang sein.") String remark) implements java.io.Serializable {
    }
}
