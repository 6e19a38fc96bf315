package de.leitstand.reporting.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Inputs and views of committee papers. */
public final class PaperViews {

    private PaperViews() {
    }

    /**
     * Who issues the papers and how they are numbered ("2011-16/1287": electoral term / running number), the term's
     * dates, the Amtlicher Gemeindeschlüssel (OParl {@code ags}) and who signs (e.g. "In Vertretung", "Colshorn").
     */
    public record BodyView(String agencyNumber, String name, String office, String electoralTerm, int nextNumber,
                           LocalDate termStart, LocalDate termEnd, String ags, String signerRole, String signerName, Long version) implements java.io.Serializable {
    }

    public record BodyChange(
            @NotBlank(message = "Bitte geben Sie die Körperschaft an (z. B. Landkreis Rotenburg (Wümme)).")
            @Size(max = 200, message = "Die Körperschaft darf höchstens 200 Zeichen lang sein.") String name,
            @NotBlank(message = "Bitte geben Sie die Stelle an (z. B. Der Landrat).")
            @Size(max = 200, message = "Die Stelle darf höchstens 200 Zeichen lang sein.") String office,
            @NotBlank(message = "Bitte geben Sie die Wahlperiode an (z. B. 2011-16).")
            @Pattern(regexp = "[0-9A-Za-z-]{1,20}", message = "Die Wahlperiode besteht aus Ziffern, Buchstaben und Bindestrichen (z. B. 2011-16).")
            String electoralTerm,
            @NotNull(message = "Bitte geben Sie die nächste laufende Nummer an.")
            @Min(value = 1, message = "Die laufende Nummer beginnt bei 1.")
            @Max(value = 999999, message = "Die laufende Nummer ist höchstens 999999.") Integer nextNumber,
            LocalDate termStart,
            LocalDate termEnd,
            @Pattern(regexp = "[0-9]{8}", message = "Der Amtliche Gemeindeschlüssel hat acht Ziffern (z. B. 03357000).") String ags,
            @Size(max = 100, message = "Der Zusatz der Unterschrift darf höchstens 100 Zeichen lang sein.") String signerRole,
            @Size(max = 200, message = "Der Name der unterzeichnenden Person darf höchstens 200 Zeichen lang sein.") String signerName,
            Long version) implements java.io.Serializable {
    }

    /** One step of the Beratungsfolge; {@code time} the meeting's local start time, optional. */
    public record ConsultationInput(
            @NotNull(message = "Jede Beratung braucht ein Datum.") LocalDate date,
            LocalTime time,
            @NotBlank(message = "Jede Beratung braucht ein Gremium.")
            @Size(max = 200, message = "Das Gremium darf höchstens 200 Zeichen lang sein.") String committee,
            @NotBlank(message = "Jede Beratung braucht eine Rolle (z. B. Kenntnisnahme, Entscheidung).")
            @Size(max = 100, message = "Die Rolle darf höchstens 100 Zeichen lang sein.") String role) implements java.io.Serializable {
    }

    /** A paper's content; {@code type} MITTEILUNGSVORLAGE or BESCHLUSSVORLAGE; {@code version} when changing. */
    public record PaperInput(
            @NotBlank(message = "Bitte wählen Sie die Art der Vorlage.") String type,
            @NotNull(message = "Bitte geben Sie an, ob die Vorlage öffentlich ist.") Boolean publicPaper,
            @NotNull(message = "Bitte geben Sie das Datum der Vorlage an.") LocalDate date,
            @NotBlank(message = "Bitte geben Sie die Bezeichnung an.")
            @Size(max = 500, message = "Die Bezeichnung darf höchstens 500 Zeichen lang sein.") String title,
            @NotBlank(message = "Bitte beschreiben Sie den Sachverhalt.")
            @Size(max = 20000, message = "Der Sachverhalt darf höchstens 20.000 Zeichen lang sein.") String facts,
            @Size(max = 5000, message = "Der Beschlussvorschlag darf höchstens 5.000 Zeichen lang sein.") String decisionProposal,
            @Size(max = 100, message = "Der Zusatz der Unterschrift darf höchstens 100 Zeichen lang sein.") String signatureRole,
            @NotBlank(message = "Bitte geben Sie an, wer unterzeichnet.")
            @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.") String signatureName,
            @NotEmpty(message = "Bitte geben Sie mindestens eine Beratung an (Beratungsfolge).")
            List<@Valid ConsultationInput> consultations,
            Long version) implements java.io.Serializable {
    }

    public record ConsultationView(LocalDate date, LocalTime time, String committee, String role) implements java.io.Serializable {
    }

    public record PaperView(Long id, String agencyNumber, String type, String typeLabel, String reference, boolean publicPaper,
                            LocalDate date, String title, String facts, String decisionProposal, String signatureRole,
                            String signatureName, String state, Instant releasedAt, Instant withdrawnAt, Long documentId, String sourceRef,
                            List<ConsultationView> consultations, long version) implements java.io.Serializable {
    }
}
