package de.leitstand.controlling.api;

/** What the caller may do in the Fachaufsicht; any signed-in user may ask (the answer may be "nothing"). */
public interface SupervisionAccess {

    /** @return the caller's rights, from the roles the Fachaufsicht's use cases ask for */
    SupervisionRights rights();

    /**
     * @param read  the error rates, alerts, cases, findings and the audit plan (also the dashboard's alerts)
     * @param audit record cases, findings, actions and follow-up checks, maintain the Prüffelder and the audit plan
     */
    record SupervisionRights(boolean read, boolean audit) implements java.io.Serializable {
    }
}
