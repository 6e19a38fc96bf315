package de.leitstand.kernel.api.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity as business data: every insert, update and delete is written to the audit
 * trail (who, when, entity, id, changed fields old → new) in the same transaction.
 * Requires the persistence unit property
 * {@code eclipselink.session.customizer = de.leitstand.kernel.infrastructure.audit.AuditingSessionCustomizer}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Audited {

    /** @return the German name of the entity shown in the audit trail, e.g. "Benutzer" */
    String value();
}
