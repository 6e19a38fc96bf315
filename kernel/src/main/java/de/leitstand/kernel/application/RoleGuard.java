package de.leitstand.kernel.application;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.RequiresRole;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.Arrays;

/** Enforces {@link RequiresRole} before the use case runs. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RoleGuard {

    @Inject
    Caller caller;

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        RequiresRole required = context.getMethod().getAnnotation(RequiresRole.class);
        if (required == null) {
            required = context.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
        }
        if (required == null) {
            required = context.getTarget().getClass().getAnnotation(RequiresRole.class);
        }
        if (required != null && !caller.hasAnyRole(required.value())) {
            throw new AccessDeniedException("ROLE_MISSING", Text.of("kernel.ROLE_MISSING",
                    Arrays.stream(required.value()).map(Role::name).<Object>map(name -> name)
                            .reduce((either, or) -> Text.of("kernel.EITHER_OR", either, or)).orElse("")));
        }
        return context.proceed();
    }
}
