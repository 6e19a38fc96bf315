package de.leitstand.planning.api;

import java.time.LocalDate;

/**
 * One version of a Jobcenter's programme for a year.
 *
 * @param status  ENTWURF, FORTGESCHRIEBEN, IN_ABSTIMMUNG or VEREINBART
 * @param current whether this is the current version of its Jobcenter and year
 * @param version for optimistic locking of every change to this version
 */
public record ProgrammeSummary(long id, String agencyNumber, String jobcenterName, int year, int versionNumber,
                               String status, String statusLabel, LocalDate standDate, LocalDate agreedOn,
                               String agreedBy, String revisionReason, boolean current, boolean editable,
                               long version) implements java.io.Serializable {
}
