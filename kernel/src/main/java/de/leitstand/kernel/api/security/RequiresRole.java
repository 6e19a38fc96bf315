package de.leitstand.kernel.api.security;

import de.leitstand.kernel.api.Role;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Guards a use case: the caller needs at least one of the roles, else the call is refused with
 * {@code ROLE_MISSING} (HTTP 403) before anything happens. On a class it guards every method;
 * a method's own annotation wins.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {

    @Nonbinding
    Role[] value();
}
