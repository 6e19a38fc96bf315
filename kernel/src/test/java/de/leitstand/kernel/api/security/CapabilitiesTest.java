package de.leitstand.kernel.api.security;

import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.testing.RoleCaller;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A capability flag follows the use case's {@link RequiresRole}: the method's, else the class's, else everyone's. */
class CapabilitiesTest {

    @RequiresRole(Role.CONTROLLING)
    public static class UseCases {
        @RequiresRole({Role.GESCHAEFTSFUEHRUNG, Role.ADMIN})
        public void decide() {
        }

        public void enter() {
        }
    }

    public static class Open {
        public void read() {
        }
    }

    @Test
    void theMethodsRoleDecides() {
        assertTrue(Capabilities.may(new RoleCaller(Set.of(Role.ADMIN)), UseCases.class, "decide"));
        assertFalse(Capabilities.may(new RoleCaller(Set.of(Role.CONTROLLING)), UseCases.class, "decide"));
    }

    @Test
    void withoutOneTheClasssRoleDecides() {
        assertTrue(Capabilities.may(new RoleCaller(Set.of(Role.CONTROLLING)), UseCases.class, "enter"));
        assertFalse(Capabilities.may(new RoleCaller(Set.of(Role.ADMIN)), UseCases.class, "enter"));
        assertTrue(Capabilities.may(new RoleCaller(Set.of()), Open.class, "read"));
    }

    @Test
    void anUnknownUseCaseIsAnError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Capabilities.may(new RoleCaller(Set.of()), UseCases.class, "sign"));
        assertEquals("UseCases has no use case sign", error.getMessage());
    }
}
