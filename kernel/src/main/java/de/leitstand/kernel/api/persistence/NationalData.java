package de.leitstand.kernel.api.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that belongs to no Jobcenter and is read and written only through use cases that
 * check their own rule (user accounts: ADMIN and the login; audit entries: the audit trail, which
 * filters by the tenancy rule), with the reason.
 */
@Documented
@java.lang.annotation.Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NationalData {

    /** @return why this record is not tenant-scoped and which use case guards it */
    String value();
}
