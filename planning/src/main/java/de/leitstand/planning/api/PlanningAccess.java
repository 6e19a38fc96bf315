package de.leitstand.planning.api;

/** What the caller may do with the Arbeitsmarkt- und Integrationsprogramm; any signed-in user may ask. */
public interface PlanningAccess {

    /** @return the caller's rights, from the roles the programme's use cases ask for */
    PlanningRights rights();

    /**
     * @param prepare create a programme, change its parts, submit it, revise an agreed one
     * @param agree   agree a submitted programme or return it to draft
     */
    record PlanningRights(boolean prepare, boolean agree) implements java.io.Serializable {
    }
}
