package de.leitstand.kernel.api.security;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * What the caller may do, read from the one rule that enforces it: the {@link RequiresRole} of the use case (the
 * method, else its class). A service computes its views' capability flags with it ("may decide", "may manage teams"),
 * so a page shows a form exactly when the use case behind it would run, and no page repeats a role rule.
 */
public final class Capabilities {

    private Capabilities() {
    }

    /**
     * @param useCases the service class whose methods carry {@link RequiresRole}
     * @param method   the use case's method name (every overload must ask for the same roles)
     * @return whether the caller has one of the roles the use case asks for; a use case without a rule: yes
     * @throws IllegalArgumentException when the class has no such method (a renamed use case fails the first view)
     */
    public static boolean may(Caller caller, Class<?> useCases, String method) {
        Method found = Arrays.stream(useCases.getMethods()).filter(m -> m.getName().equals(method)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(useCases.getSimpleName() + " has no use case " + method));
        RequiresRole required = found.getAnnotation(RequiresRole.class);
        if (required == null) {
            required = useCases.getAnnotation(RequiresRole.class);
        }
        return required == null || caller.hasAnyRole(required.value());
    }
}
