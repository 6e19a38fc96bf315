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
            @NotBlank(message = "{programmes.NAME_NOT_BLANK}")
            @Size(max = 300, message = "{programmes.NAME_SIZE}") String name,
            @Size(max = 60, message = "{programmes.SHORT_NAME_SIZE}") String shortName,
            @NotBlank(message = "{programmes.FUNDER_NOT_BLANK}") String funder,
            @Size(max = 500, message = "{programmes.LEGAL_BASIS_SIZE}") String legalBasis,
            @Size(max = 300, message = "{programmes.ADMINISTERING_BODY_SIZE}") String administeringBody,
            @Size(max = 1000, message = "{programmes.TARGET_GROUP_SIZE}") String targetGroup,
            @DecimalMin(value = "0", message = "{programmes.ESF_RATE_PERCENT_DECIMAL_MIN}")
            @DecimalMax(value = "100", message = "{programmes.ESF_RATE_PERCENT_DECIMAL_MIN}") BigDecimal esfRatePercent,
            @DecimalMin(value = "0", message = "{programmes.OWN_SHARE_PERCENT_DECIMAL_MIN}")
            @DecimalMax(value = "100", message = "{programmes.OWN_SHARE_PERCENT_DECIMAL_MIN}") BigDecimal ownSharePercent,
            @Size(max = 2000, message = "{programmes.CO_FINANCING_RULES_SIZE}") String coFinancingRules,
            @NotNull(message = "{programmes.PHASES_NOT_NULL}") List<@Valid Phase> phases,
            @NotNull(message = "{programmes.OBLIGATIONS_NOT_NULL}") List<@Valid Obligation> obligations,
            long version) implements java.io.Serializable {
    }

    public record Phase(@Min(value = 1, message = "{programmes.NUMBER_MIN}") int number,
                        @NotNull(message = "{programmes.FROM_NOT_NULL}") LocalDate from,
                        @NotNull(message = "{programmes.TO_NOT_NULL}") LocalDate to,
                        @DecimalMin(value = "0", message = "{programmes.BUDGET_DECIMAL_MIN}")
                        @Digits(integer = 13, fraction = 2, message = "{programmes.BUDGET_DIGITS}") BigDecimal budget,
                        @Size(max = 2000, message = "{programmes.RULES_SIZE}") String rules,
                        @PositiveOrZero(message = "{programmes.PACTS_NATIONWIDE_POSITIVE_OR_ZERO}") Integer pactsNationwide) implements java.io.Serializable {
    }

    public record Obligation(@NotBlank(message = "{programmes.TITLE_NOT_BLANK}") String title,
                             @NotNull(message = "{programmes.DUE_DATE_NOT_NULL}") LocalDate dueDate,
                             boolean done) implements java.io.Serializable {
    }

    public record Organisation(
            @NotBlank(message = "{programmes.NAME_NOT_BLANK.2}")
            @Size(max = 300, message = "{programmes.NAME_SIZE}") String name,
            @NotBlank(message = "{programmes.TYPE_NOT_BLANK}") String type,
            @Size(max = 500, message = "{programmes.ADDRESS_SIZE}") String address,
            @Size(max = 500, message = "{programmes.CONTACT_SIZE}") String contact,
            long version) implements java.io.Serializable {
    }

    /** A new pact; the lead Jobcenter (financial responsibility) joins on {@code leadJoinedOn}. */
    public record NewPact(long phaseId,
                          @NotBlank(message = "{programmes.NAME_NOT_BLANK.3}")
                          @Size(max = 300, message = "{programmes.NAME_SIZE}") String name,
                          String leadAgencyNumber,
                          @NotNull(message = "{programmes.LEAD_JOINED_ON_NOT_NULL}") LocalDate leadJoinedOn,
                          Long coordinatorId,
                          @Size(max = 300, message = "{programmes.COORDINATOR_ROLE_SIZE}") String coordinatorRole) implements java.io.Serializable {
    }

    public record Coordinator(Long organisationId,
                              @Size(max = 300, message = "{programmes.COORDINATOR_ROLE_SIZE}") String role,
                              @NotNull(message = "{programmes.SINCE_NOT_NULL}") LocalDate since, long version) implements java.io.Serializable {
    }

    public record Membership(@NotBlank(message = "{programmes.AGENCY_NUMBER_NOT_BLANK}") String agencyNumber,
                             @NotNull(message = "{programmes.DATE_NOT_NULL}") LocalDate date, long version) implements java.io.Serializable {
    }

    public record Partner(long organisationId,
                          @Size(max = 300, message = "{programmes.COORDINATOR_ROLE_SIZE}") String role,
                          long version) implements java.io.Serializable {
    }

    public record Event(@NotNull(message = "{programmes.DATE_NOT_NULL}") LocalDate date,
                        @NotBlank(message = "{programmes.TYPE_NOT_BLANK.2}") String type,
                        @NotBlank(message = "{programmes.DESCRIPTION_NOT_BLANK}")
                        @Size(max = 2000, message = "{programmes.DESCRIPTION_SIZE}") String description,
                        long version) implements java.io.Serializable {
    }

    /** A member's figures of a year; {@code version} of the existing row (0 for a new one). */
    public record Participation(@Min(value = 2000, message = "{programmes.YEAR_MIN}") int year,
                                @DecimalMin(value = "0", message = "{programmes.BUDGET_GRANTED_DECIMAL_MIN}")
                                @Digits(integer = 13, fraction = 2, message = "{programmes.BUDGET_DIGITS}") BigDecimal budgetGranted,
                                @DecimalMin(value = "0", message = "{programmes.BUDGET_GRANTED_DECIMAL_MIN}")
                                @Digits(integer = 13, fraction = 2, message = "{programmes.BUDGET_DIGITS}") BigDecimal budgetSpent,
                                @PositiveOrZero(message = "{programmes.ACTIVATIONS_PLANNED_POSITIVE_OR_ZERO}") Integer activationsPlanned,
                                @PositiveOrZero(message = "{programmes.ACTIVATIONS_ACTUAL_POSITIVE_OR_ZERO}") Integer activationsActual,
                                @PositiveOrZero(message = "{programmes.INTEGRATIONS_PLANNED_POSITIVE_OR_ZERO}") Integer integrationsPlanned,
                                @PositiveOrZero(message = "{programmes.INTEGRATIONS_ACTUAL_POSITIVE_OR_ZERO}") Integer integrationsActual,
                                @PositiveOrZero(message = "{programmes.INTEGRATIONS_INSURED_POSITIVE_OR_ZERO}") Integer integrationsInsured,
                                @PositiveOrZero(message = "{programmes.INTEGRATIONS_PERMANENT_POSITIVE_OR_ZERO}") Integer integrationsPermanent,
                                @PositiveOrZero(message = "{programmes.INTEGRATIONS_SELF_EMPLOYED_POSITIVE_OR_ZERO}") Integer integrationsSelfEmployed,
                                @PositiveOrZero(message = "{programmes.MARGINAL_EMPLOYMENT_POSITIVE_OR_ZERO}") Integer marginalEmployment,
                                @PositiveOrZero(message = "{programmes.PARTICIPANT_STOCK_POSITIVE_OR_ZERO}") Integer participantStock,
                                long version) implements java.io.Serializable {
    }

    public record Closing(@NotNull(message = "{programmes.CLOSED_ON_NOT_NULL}") LocalDate closedOn,
                          @Size(max = 2000, message = "{programmes.REMARK_SIZE}") String remark) implements java.io.Serializable {
    }
}
