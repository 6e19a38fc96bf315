package de.leitstand.planning.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The target agreement cascade (§ 48b SGB II): every autumn the supervising level (the Regionaldirektion
 * for its gE, the Land for its zkT) publishes each Jobcenter's planning basis with reference values or
 * corridors and a deadline; the Jobcenter's Geschäftsführung offers its targets from its programme; the
 * level accepts or asks for renegotiation with a reason; the Geschäftsführung signs the accepted agreement,
 * which is then immutable and carried into the programme (a revision if the programme was agreed).
 * Level steps: REGIONALDIREKTION / LAND of the Jobcenter's level; Jobcenter steps: its GESCHAEFTSFUEHRUNG.
 * Reading: the Jobcenter's staff, its level, ADMIN. Error codes: {@code AGREEMENT_NOT_FOUND},
 * {@code AGREEMENT_EXISTS}, {@code AGREEMENT_STEP_NOT_ALLOWED}, {@code AGREEMENT_CONCLUDED},
 * {@code AGREEMENT_REASON_REQUIRED}, {@code AGREEMENT_PROGRAMME_MISSING}, {@code AGREEMENT_LEVEL_ONLY},
 * {@code TENANT_FORBIDDEN}, {@code ROLE_MISSING}, {@code CONCURRENT_MODIFICATION}.
 */
public interface TargetAgreements {

    /**
     * @param agencyNumber a Jobcenter (checked), or {@code null}: the caller's own Jobcenter, or for a level
     *                     user all Jobcenters of its level
     * @param year         {@code null} for all years
     */
    List<AgreementView> list(String agencyNumber, Integer year);

    AgreementView get(long id);

    /** The level publishes a Jobcenter's planning basis for the year. */
    AgreementView publish(BasisInput input);

    /** The Jobcenter offers (again): integrations, quota and LZB change from its programme; women and men as sent, else the programme's quota targets. */
    AgreementView submitOffer(long id, OfferInput input);

    AgreementView requestRenegotiation(long id, StepInput input);

    AgreementView accept(long id, StepInput input);

    /** The Jobcenter's Geschäftsführung signs the accepted agreement; the programme takes the agreed targets. */
    AgreementView conclude(long id, ConclusionInput input);

    /**
     * The level's overview of a year: every Jobcenter of the level with its status, offer against reference
     * and deadline, and the level's totals.
     *
     * @param level the level key for ADMIN ({@code RD:…}, {@code LAND:…}); a level user always sees its own
     */
    LevelOverview overview(String level, int year);

    // --- inputs ----------------------------------------------------------------------------------

    /**
     * A planning basis: for each figure a reference value ({@code …Low} only) or a corridor ({@code …Low} to
     * {@code …High}), quotas in %, the LZB change in % (e.g. −5,0).
     */
    record BasisInput(
            @NotBlank(message = "{planning.AGENCY_NUMBER_NOT_BLANK}") String agencyNumber,
            @Min(value = 2005, message = "{planning.YEAR_MIN}")
            @Max(value = 2100, message = "{planning.YEAR_MAX}") int year,
            @NotNull(message = "{planning.DEADLINE_NOT_NULL}") LocalDate deadline,
            @NotNull(message = "{planning.INTEGRATION_RATE_LOW_NOT_NULL}") @Rate BigDecimal integrationRateLow,
            @Rate BigDecimal integrationRateHigh,
            @Rate BigDecimal integrationRateWomenLow,
            @Rate BigDecimal integrationRateWomenHigh,
            @Rate BigDecimal integrationRateMenLow,
            @Rate BigDecimal integrationRateMenHigh,
            @Change BigDecimal lzbChangeLow,
            @Change BigDecimal lzbChangeHigh,
            @Size(max = 2000, message = "{planning.NOTE_SIZE}") String note) implements java.io.Serializable {
    }

    /** An offer: the quota of women and men (the programme gives integrations, quota and LZB change). */
    record OfferInput(
            @Rate BigDecimal integrationRateWomen,
            @Rate BigDecimal integrationRateMen,
            @Size(max = 2000, message = "{planning.NOTE_SIZE.2}") String note,
            long version) implements java.io.Serializable {
    }

    /** Acceptance or renegotiation; a renegotiation needs its reason. */
    record StepInput(
            @Size(max = 2000, message = "{planning.REASON_SIZE}") String reason,
            long version) implements java.io.Serializable {
    }

    /** The signature of the accepted agreement. */
    record ConclusionInput(
            @NotNull(message = "{planning.CONCLUDED_ON_NOT_NULL}") LocalDate concludedOn,
            long version) implements java.io.Serializable {
    }

    /** A quota in % (0–100, one decimal). */
    @DecimalMin(value = "0", message = "{planning.RATE_DECIMAL_MIN}")
    @DecimalMax(value = "100", message = "{planning.RATE_DECIMAL_MIN}")
    @Digits(integer = 3, fraction = 1, message = "{planning.RATE_DIGITS}")
    @java.lang.annotation.Target({java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.PARAMETER,
        java.lang.annotation.ElementType.METHOD, java.lang.annotation.ElementType.RECORD_COMPONENT})
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @jakarta.validation.Constraint(validatedBy = {})
    @interface Rate {
        String message() default "Eine Quote liegt zwischen 0 und 100 %.";
        Class<?>[] groups() default {};
        Class<? extends jakarta.validation.Payload>[] payload() default {};
    }

    /** A relative change in % (−100 to 100, one decimal). */
    @DecimalMin(value = "-100", message = "{planning.CHANGE_DECIMAL_MIN}")
    @DecimalMax(value = "100", message = "{planning.CHANGE_DECIMAL_MIN}")
    @Digits(integer = 3, fraction = 1, message = "{planning.CHANGE_DIGITS}")
    @java.lang.annotation.Target({java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.PARAMETER,
        java.lang.annotation.ElementType.METHOD, java.lang.annotation.ElementType.RECORD_COMPONENT})
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @jakarta.validation.Constraint(validatedBy = {})
    @interface Change {
        String message() default "Eine Veränderung liegt zwischen −100 und 100 %.";
        Class<?>[] groups() default {};
        Class<? extends jakarta.validation.Payload>[] payload() default {};
    }

    // --- views -----------------------------------------------------------------------------------

    /**
     * The figures of an offer or agreement.
     *
     * @param averageElb the average ELB stock the integrations and quota imply (weights the level's quota)
     */
    record Figures(Integer integrations, Integer averageElb, BigDecimal integrationRate, BigDecimal integrationRateWomen,
                   BigDecimal integrationRateMen, BigDecimal lzbChangePercent) implements java.io.Serializable {
    }

    /** The reference corridor of each figure; low = high for a single reference value. */
    record Reference(BigDecimal integrationRateLow, BigDecimal integrationRateHigh, BigDecimal integrationRateWomenLow,
                     BigDecimal integrationRateWomenHigh, BigDecimal integrationRateMenLow, BigDecimal integrationRateMenHigh,
                     BigDecimal lzbChangeLow, BigDecimal lzbChangeHigh) implements java.io.Serializable {
    }

    /** One step of the round as it happened. */
    record StepView(int position, String kind, String kindLabel, String actor, Instant occurredAt, Figures figures,
                    String reason) implements java.io.Serializable {
    }

    /**
     * A Jobcenter's round of a year.
     *
     * @param level           the supervising level's key ({@code RD:BERLIN_BRANDENBURG}, {@code LAND:NI})
     * @param levelName       e.g. "Regionaldirektion Berlin-Brandenburg"
     * @param status          {@code BASIS_PUBLISHED}, {@code OFFER_SUBMITTED}, {@code RENEGOTIATION_REQUESTED},
     *                        {@code ACCEPTED}, {@code AGREED}
     * @param rateAgainstReference where the offered quota stands: {@code BELOW}, {@code WITHIN}, {@code ABOVE}, or {@code null}
     * @param agreed          the agreed figures once concluded, else {@code null}
     * @param parties         the agreement's parties by Trägerform, once concluded
     * @param programmeId     the programme version that took the agreed targets, if any
     * @param may             what the caller may do with the round now
     */
    record AgreementView(long id, String agencyNumber, String jobcenterName, String jobcenterType, int year, String level,
                         String levelName, String status, String statusLabel, LocalDate deadline, boolean overdue,
                         String basisNote, Reference reference, Figures offer, int offerRound, Instant offeredAt,
                         String rateAgainstReference, String lzbAgainstReference, Figures agreed, LocalDate concludedOn,
                         List<String> parties, Long programmeId, Integer programmeVersionNumber, List<StepView> steps,
                         long version, AgreementRights may) implements java.io.Serializable {
    }

    /**
     * What the caller may do with a round now, from the roles the use cases ask for and the round's status: the
     * Jobcenter's management submits an offer (basis published or renegotiation requested) and signs (accepted), the
     * supervising level reviews a submitted offer.
     */
    record AgreementRights(boolean offer, boolean review, boolean sign) implements java.io.Serializable {
    }

    /**
     * One Jobcenter of the level in the overview; {@code agreementId} and the figures are {@code null} while no
     * basis has been published for it.
     */
    record OverviewRow(String agencyNumber, String jobcenterName, Long agreementId, String status, String statusLabel,
                       LocalDate deadline, boolean overdue, BigDecimal referenceRateLow, BigDecimal referenceRateHigh,
                       Figures offer, String rateAgainstReference, BigDecimal referenceLzbLow, BigDecimal referenceLzbHigh,
                       String lzbAgainstReference, int offerRound) implements java.io.Serializable {
    }

    /**
     * The level's round of a year.
     *
     * @param integrations          sum of the offered (or agreed) integrations of the Jobcenters that offered
     * @param averageElb            sum of their average ELB stocks
     * @param integrationRate       the level's quota: integrations × 100 / ELB (the Jobcenters' quotas weighted by ELB)
     * @param nextDeadline          the earliest deadline of an offer still due
     */
    record LevelOverview(String level, String levelName, int year, List<OverviewRow> rows, int jobcenters, int published,
                         int offered, int renegotiating, int accepted, int agreed, int overdue, long integrations,
                         long averageElb, BigDecimal integrationRate, LocalDate nextDeadline) implements java.io.Serializable {
    }
}
