package de.leitstand.kernel.api.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that every logged-in user may read on purpose, with the reason. Who may change it
 * is the use case's role check and, for records a Jobcenter created, {@link SharedRecord}.
 * The README lists every shared entity with its reason.
 */
@Documented
@java.lang.annotation.Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SharedData {

    /** @return why this data is visible to every Jobcenter */
    String value();
}
