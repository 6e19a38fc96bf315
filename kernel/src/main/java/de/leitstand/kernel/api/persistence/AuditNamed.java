package de.leitstand.kernel.api.persistence;

/**
 * An entity or embeddable that names itself by its business key for the audit trail (e.g. a plan line as
 * "Eingliederungszuschuss (EGZ)", a consultation as "Kreistag, 12.03.2024, Beschlussfassung"). Audit entries
 * name children and referenced records by it instead of an internal id.
 */
public interface AuditNamed {

    /** @return the business key in German, short, without a person's name */
    String auditName();
}
