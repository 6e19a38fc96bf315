package de.leitstand.kernel.api.persistence;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.security.Tenancy;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TenantGuardTest {

    private static final AgencyNumber ELBE_ELSTER = new AgencyNumber("03504");

    /** A tenant-owned record as any context would have one. */
    private static final class Plan extends TenantOwnedEntity {
        Plan(AgencyNumber owner) {
            super(owner);
        }
    }

    private static TenantGuard guardFor(AgencyNumber own) {
        TenantGuard guard = new TenantGuard();
        guard.tenancy = new Tenancy() {
            @Override
            public boolean mayAccess(AgencyNumber agencyNumber) {
                return own == null || own.equals(agencyNumber);
            }

            @Override
            public Optional<AgencyNumber> restriction() {
                return Optional.ofNullable(own);
            }

            @Override
            public AgencyNumber resolve(String requested) {
                throw new AssertionError("TenantGuard checks loaded records only; it must not resolve request parameters");
            }
        };
        return guard;
    }

    @Test
    void letsTheOwnJobcenterThrough() {
        assertDoesNotThrow(() -> guardFor(ELBE_ELSTER).check(new Plan(ELBE_ELSTER)));
        assertDoesNotThrow(() -> guardFor(null).check(new Plan(new AgencyNumber("26706"))), "national");
    }

    @Test
    void refusesAnotherJobcentersRecordWhateverQueryLoadedIt() {
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> guardFor(ELBE_ELSTER).check(new Plan(new AgencyNumber("26706"))));
        assertEquals("TENANT_FORBIDDEN", refused.code());
        assertEquals(403, refused.status());
    }
}
