package de.leitstand.planning.api;

import java.time.Instant;
import java.util.List;

/**
 * Bottom-up planning: teams of a Jobcenter offer integrations for a year (TEAMLEITUNG, CONTROLLING,
 * GESCHAEFTSFUEHRUNG); the Geschäftsführung accepts or adjusts each offer; the overview sums them
 * against the programme's target.
 */
public interface TeamPlanning {

    List<TeamView> teams(String agencyNumber);

    TeamView createTeam(String agencyNumber, TeamInput input);

    TeamView changeTeam(long id, TeamInput input);

    OfferOverview offers(String agencyNumber, int year);

    OfferView submitOffer(String agencyNumber, OfferInput input);

    OfferView decide(long offerId, Decision input);

    record TeamView(long id, String agencyNumber, String name, boolean active, long version) implements java.io.Serializable {
    }

    record TeamInput(
            @jakarta.validation.constraints.NotBlank(message = "{planning.NAME_NOT_BLANK}")
            @jakarta.validation.constraints.Size(max = 200, message = "{planning.NAME_SIZE}")
            String name, boolean active, long version) implements java.io.Serializable {
    }

    /** @param effectiveIntegrations what counts: the decided value, else the offer */
    record OfferView(long id, long teamId, String teamName, int year, int offeredIntegrations, String note,
                     String decision, String decisionLabel, Integer agreedIntegrations, int effectiveIntegrations,
                     String decidedBy, Instant decidedAt, long version) implements java.io.Serializable {
    }

    /** A team's offer; a second offer of the same team and year replaces the first while it is open. */
    record OfferInput(long teamId,
                      @jakarta.validation.constraints.Min(value = 2005, message = "{planning.YEAR_MIN}") int year,
                      @jakarta.validation.constraints.PositiveOrZero(message = "{planning.OFFERED_INTEGRATIONS_POSITIVE_OR_ZERO}")
                      int offeredIntegrations,
                      @jakarta.validation.constraints.Size(max = 1000, message = "{planning.NOTE_SIZE.3}")
                      String note) implements java.io.Serializable {
    }

    /** @param decision ANGENOMMEN or ANGEPASST (then with the adjusted value) */
    record Decision(@jakarta.validation.constraints.NotBlank(message = "{planning.DECISION_NOT_BLANK}")
                    String decision,
                    @jakarta.validation.constraints.PositiveOrZero(message = "{planning.AGREED_INTEGRATIONS_POSITIVE_OR_ZERO}")
                    Integer agreedIntegrations,
                    long version) implements java.io.Serializable {
    }

    /**
     * The Jobcenter view of a year's offers.
     *
     * @param target the programme's planned integrations, {@code null} without a programme
     * @param gap    target − effective total (positive: the teams offer less than the target)
     */
    record OfferOverview(String agencyNumber, int year, List<OfferView> offers, int offeredTotal, int effectiveTotal,
                         Integer target, Integer gap, OfferRights may) implements java.io.Serializable {
    }

    /**
     * What the caller may do on the offers page, from the roles the use cases ask for: submit an offer, decide on
     * offers, create and change teams.
     */
    record OfferRights(boolean offer, boolean decide, boolean manageTeams) implements java.io.Serializable {
    }
}
