package de.leitstand.kernel.api.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that is part of an aggregate and is only read and written through its root
 * (whose class is named here and must itself be {@link TenantScoped} or {@link SharedData}): the
 * root's check covers it. Repositories read such parts only by the id of a root they loaded.
 */
@Documented
@java.lang.annotation.Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PartOf {

    /** @return the aggregate root */
    Class<?> value();
}
