package de.leitstand.programmes.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The read models of the programmes context. */
public final class ProgrammeViews {

    private ProgrammeViews() {
    }

    public record FundingProgrammeView(long id, String name, String shortName, String funder, String funderLabel,
                                       String legalBasis, String administeringBody, String targetGroup,
                                       BigDecimal esfRatePercent, BigDecimal ownSharePercent, String coFinancingRules,
                                       List<PhaseView> phases, List<ObligationView> obligations, long version) implements java.io.Serializable {
    }

    /** @param pactsNationwide entered data: the number of pacts in the whole country in this phase */
    public record PhaseView(long id, int number, LocalDate from, LocalDate to, BigDecimal budget, String rules,
                            Integer pactsNationwide) implements java.io.Serializable {
    }

    /** @param reminder open and due within 30 days, or overdue */
    public record ObligationView(long id, String title, LocalDate dueDate, boolean done, boolean reminder, boolean overdue) implements java.io.Serializable {
    }

    public record OrganisationView(long id, String name, String type, String typeLabel, String address, String contact,
                                   long version) implements java.io.Serializable {
    }

    public record PactSummary(long id, String name, long programmeId, String programmeName, int phaseNumber,
                              LocalDate phaseFrom, LocalDate phaseTo, String leadAgencyNumber, String leadName,
                              String coordinatorName, int memberCount) implements java.io.Serializable {
    }

    /**
     * A pact with everything its members may see.
     *
     * @param mayMaintain whether the caller may change the pact itself (lead Jobcenter or ADMIN)
     */
    public record PactView(long id, String name, long programmeId, String programmeName, PhaseView phase,
                           OrganisationView coordinator, String coordinatorRole, String leadAgencyNumber, String leadName,
                           List<MemberView> members, List<PartnerView> partners, List<EventView> events,
                           List<ParticipationView> participation, List<MemberTotals> totals, Totals pactTotals,
                           boolean mayMaintain, long version) implements java.io.Serializable {
    }

    public record MemberView(String agencyNumber, String name, LocalDate joinedOn, LocalDate leftOn, boolean lead,
                             boolean closed) implements java.io.Serializable {
    }

    public record PartnerView(long organisationId, String name, String type, String role) implements java.io.Serializable {
    }

    public record EventView(long id, LocalDate date, String type, String typeLabel, String description,
                            String agencyNumber, String jobcenterName) implements java.io.Serializable {
    }

    /**
     * One member's figures of one year.
     *
     * @param editable whether the caller may change this row (own Jobcenter, not closed)
     */
    public record ParticipationView(long id, String agencyNumber, String jobcenterName, int year,
                                    BigDecimal budgetGranted, BigDecimal budgetSpent, Integer activationsPlanned,
                                    Integer activationsActual, Integer integrationsPlanned, Integer integrationsActual,
                                    Integer integrationsInsured, Integer integrationsPermanent,
                                    Integer integrationsSelfEmployed, Integer marginalEmployment,
                                    Integer participantStock, BigDecimal costPerIntegration,
                                    BigDecimal integrationAttainmentPercent, boolean demoValue, boolean editable,
                                    long version) implements java.io.Serializable {
    }

    /** Added up over a set of participation rows. */
    public record Totals(BigDecimal budgetGranted, BigDecimal budgetSpent, int activations, int integrations,
                         int integrationsInsured, int integrationsPermanent, int integrationsSelfEmployed,
                         int marginalEmployment, BigDecimal costPerIntegration) implements java.io.Serializable {
    }

    /** A member's totals over its membership. */
    public record MemberTotals(String agencyNumber, String name, int firstYear, int lastYear, Totals totals) implements java.io.Serializable {
    }

    /** The pact on a given day. */
    public record AsOf(LocalDate date, List<MemberView> members, boolean individualConcepts, String coordinatorName) implements java.io.Serializable {
    }

    /**
     * What a closed participation amounts to, for the committee paper: the facts of seed 000 come from here.
     *
     * @param participationFrom the member's join date
     * @param participationTo   its leave date, or the phase end
     * @param perYear           the figures of each year of the membership
     */
    public record ClosureSummary(long pactId, String agencyNumber, String jobcenterName, String programmeName,
                                 String programmeShortName, String targetGroup, int phaseNumber, LocalDate phaseFrom,
                                 LocalDate phaseTo, Integer pactsNationwide, String pactName, List<String> partnerJobcenters,
                                 List<PartnerView> partners, String coordinatorName, String coordinatorRole,
                                 String leadAgencyNumber, String leadName, LocalDate participationFrom,
                                 LocalDate participationTo, List<EventView> conceptChanges, List<ParticipationView> perYear,
                                 Totals totals, boolean closed, LocalDate closedOn, String closedBy, String remark) implements java.io.Serializable {
    }
}
