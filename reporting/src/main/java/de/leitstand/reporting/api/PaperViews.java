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
            @NotBlank(message = "{reporting.NAME_NOT_BLANK}")
            @Size(max = 200, message = "{reporting.NAME_SIZE}") String name,
            @NotBlank(message = "{reporting.OFFICE_NOT_BLANK}")
            @Size(max = 200, message = "{reporting.OFFICE_SIZE}") String office,
            @NotBlank(message = "{reporting.ELECTORAL_TERM_NOT_BLANK}")
            @Pattern(regexp = "[0-9A-Za-z-]{1,20}", message = "{reporting.ELECTORAL_TERM_PATTERN}")
            String electoralTerm,
            @NotNull(message = "{reporting.NEXT_NUMBER_NOT_NULL}")
            @Min(value = 1, message = "{reporting.NEXT_NUMBER_MIN}")
            @Max(value = 999999, message = "{reporting.NEXT_NUMBER_MAX}") Integer nextNumber,
            LocalDate termStart,
            LocalDate termEnd,
            @Pattern(regexp = "[0-9]{8}", message = "{reporting.AGS_PATTERN}") String ags,
            @Size(max = 100, message = "{reporting.SIGNER_ROLE_SIZE}") String signerRole,
            @Size(max = 200, message = "{reporting.SIGNER_NAME_SIZE}") String signerName,
            Long version) implements java.io.Serializable {
    }

    /** One step of the Beratungsfolge; {@code time} the meeting's local start time, optional. */
    public record ConsultationInput(
            @NotNull(message = "{reporting.DATE_NOT_NULL}") LocalDate date,
            LocalTime time,
            @NotBlank(message = "{reporting.COMMITTEE_NOT_BLANK}")
            @Size(max = 200, message = "{reporting.COMMITTEE_SIZE}") String committee,
            @NotBlank(message = "{reporting.ROLE_NOT_BLANK}")
            @Size(max = 100, message = "{reporting.ROLE_SIZE}") String role) implements java.io.Serializable {
    }

    /** A paper's content; {@code type} MITTEILUNGSVORLAGE or BESCHLUSSVORLAGE; {@code version} when changing. */
    public record PaperInput(
            @NotBlank(message = "{reporting.TYPE_NOT_BLANK}") String type,
            @NotNull(message = "{reporting.PUBLIC_PAPER_NOT_NULL}") Boolean publicPaper,
            @NotNull(message = "{reporting.DATE_NOT_NULL.2}") LocalDate date,
            @NotBlank(message = "{reporting.TITLE_NOT_BLANK}")
            @Size(max = 500, message = "{reporting.TITLE_SIZE}") String title,
            @NotBlank(message = "{reporting.FACTS_NOT_BLANK}")
            @Size(max = 20000, message = "{reporting.FACTS_SIZE}") String facts,
            @Size(max = 5000, message = "{reporting.DECISION_PROPOSAL_SIZE}") String decisionProposal,
            @Size(max = 100, message = "{reporting.SIGNER_ROLE_SIZE}") String signatureRole,
            @NotBlank(message = "{reporting.SIGNATURE_NAME_NOT_BLANK}")
            @Size(max = 200, message = "{reporting.SIGNATURE_NAME_SIZE}") String signatureName,
            @NotEmpty(message = "{reporting.CONSULTATIONS_NOT_EMPTY}")
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
