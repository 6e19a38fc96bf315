package de.leitstand.kernel.api;

/**
 * The roles of Leitstand. A user has one or more; the role decides which actions are allowed,
 * the user's Jobcenter decides which data ({@link Tenancy}).
 */
public enum Role {
    /** National administrator: all Jobcenters, user administration. */
    ADMIN,
    /** Geschäftsführung: agrees plans, steers, reads the audit trail of its Jobcenter. */
    GESCHAEFTSFUEHRUNG,
    /** Controlling: prepares plans, imports and analyses figures. */
    CONTROLLING,
    /** Fachaufsicht: audits cases, follows up findings. */
    FACHAUFSICHT,
    /** Teamleitung: offers team targets in bottom-up planning. */
    TEAMLEITUNG,
    /** Programme coordination. */
    PROGRAMME,
    /** Read-only member of a board or committee. */
    GREMIUM,
    /** Regionaldirektion of the BA: reads the gE of its region and agrees their targets (bound to its level). */
    REGIONALDIREKTION,
    /** Land: reads the zkT of the Land and agrees their targets (bound to its level). */
    LAND;

    /** Role names as used in {@code @RolesAllowed}-style string checks and the container's groups. */
    public static final String ADMIN_NAME = "ADMIN";
}
