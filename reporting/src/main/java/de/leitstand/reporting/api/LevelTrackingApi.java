package de.leitstand.reporting.api;

import de.leitstand.kernel.api.Text;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Zielnachhaltung on the supervising level: the target tracking of every Jobcenter of a Regionaldirektion
 * (its gE) or a Land (its zkT) in one table — the Jahresfortschrittswert against the agreed target path,
 * traffic lights and forecasts — with the Zielvereinbarung of the year beside it. A level user sees its own
 * level; ADMIN names one.
 */
public interface LevelTrackingApi {

    /**
     * @param level the level key for ADMIN ({@code RD:…}, {@code LAND:…}); ignored for a level user
     * @throws de.leitstand.kernel.api.AccessDeniedException {@code AGREEMENT_LEVEL_ONLY} for anybody else
     */
    LevelTracking levelTracking(String level, YearMonth month);

    /**
     * One Jobcenter of the level in the month; {@code reason} says why a figure is missing.
     *
     * @param agreementStatus the status of the year's planning round, {@code null} without one
     * @param agreedRate      the agreed Integrationsquote, once the agreement is concluded
     */
    record Row(String agencyNumber, String jobcenterName, String agreementStatus, String agreementStatusLabel,
               BigDecimal agreedRate, Integer plannedIntegrations, BigDecimal integrationsSoFar, Integer plannedToDate,
               BigDecimal attainmentPercent, BigDecimal yearToDateRate, BigDecimal forecastIntegrations,
               BigDecimal forecastAttainmentPercent, String trafficLight, BigDecimal lzbChangeTarget,
               BigDecimal lzbChangeSoFar, String lzbTrafficLight, Text reason) implements java.io.Serializable {
    }

    /** The level's table with the number of Jobcenters per traffic light. */
    record LevelTracking(String level, String levelName, YearMonth month, List<Row> rows, int green, int yellow, int red,
                         int withoutTarget) implements java.io.Serializable {
    }
}
