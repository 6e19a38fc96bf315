package de.leitstand.kernel.infrastructure.persistence;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.SharedRecord;
import de.leitstand.kernel.api.persistence.TenantOwnedEntity;
import de.leitstand.kernel.api.persistence.TenantScoped;
import de.leitstand.kernel.api.security.SystemTask;
import de.leitstand.kernel.api.security.Tenancy;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TenancyGuardTest {

    private static final AgencyNumber ELBE_ELSTER = new AgencyNumber("03504");
    private static final AgencyNumber ROTENBURG = new AgencyNumber("26706");
    private static final AgencyNumber HARBURG = new AgencyNumber("03353");

    /** A tenant-owned record as any context would have one. */
    private static final class Plan extends TenantOwnedEntity {
        Plan(AgencyNumber owner) {
            super(owner);
        }
    }

    /** A record several Jobcenters read (like a pact) and one maintains. */
    private record Group(AgencyNumber lead, List<AgencyNumber> members) implements TenantScoped {
        @Override
        public AgencyNumber getAgencyNumber() {
            return lead;
        }

        @Override
        public Collection<AgencyNumber> readers() {
            return members;
        }
    }

    private record Organisation(AgencyNumber getCreatedBy) implements SharedRecord {
    }

    private static TenancyGuard guardFor(AgencyNumber own) {
        Tenancy tenancy = new Tenancy() {
            @Override
            public boolean mayAccess(AgencyNumber agencyNumber) {
                return own == null || own.equals(agencyNumber);
            }

            @Override
            public boolean isNational() {
                return own == null;
            }

            @Override
            public Optional<AgencyNumber> restriction() {
                return Optional.ofNullable(own);
            }

            @Override
            public AgencyNumber resolve(String requested) {
                throw new AssertionError("the guard checks loaded records only; it must not resolve request parameters");
            }
        };
        return new TenancyGuard(() -> tenancy);
    }

    @Test
    void letsTheOwnJobcenterAndNationalRolesThrough() {
        assertDoesNotThrow(() -> guardFor(ELBE_ELSTER).checkRead(new Plan(ELBE_ELSTER)));
        assertDoesNotThrow(() -> guardFor(ELBE_ELSTER).checkWrite(new Plan(ELBE_ELSTER)));
        assertDoesNotThrow(() -> guardFor(null).checkRead(new Plan(ROTENBURG)), "national");
        assertDoesNotThrow(() -> guardFor(null).checkChange(new Plan(ROTENBURG)), "national");
    }

    @Test
    void refusesAnotherJobcentersRecordWhateverQueryLoadedIt() {
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> guardFor(ELBE_ELSTER).checkRead(new Plan(ROTENBURG)));
        assertEquals("TENANT_FORBIDDEN", refused.code());
        assertEquals(403, refused.status());
        assertThrows(AccessDeniedException.class, () -> guardFor(ELBE_ELSTER).checkWrite(new Plan(ROTENBURG)));
        assertThrows(AccessDeniedException.class, () -> guardFor(ELBE_ELSTER).checkChange(new Plan(ROTENBURG)));
    }

    @Test
    void membersReadAGroupRecordButOnlyItsOwnerWritesIt() {
        Group pact = new Group(HARBURG, List.of(HARBURG, ROTENBURG));
        assertDoesNotThrow(() -> guardFor(ROTENBURG).checkRead(pact));
        assertThrows(AccessDeniedException.class, () -> guardFor(ROTENBURG).checkChange(pact));
        assertDoesNotThrow(() -> guardFor(HARBURG).checkChange(pact));
        assertThrows(AccessDeniedException.class, () -> guardFor(ELBE_ELSTER).checkRead(pact));
    }

    @Test
    void aSharedRecordIsChangedOnlyByItsCreatorAndNationalRoles() {
        assertDoesNotThrow(() -> guardFor(ROTENBURG).checkChange(new Organisation(ROTENBURG)));
        assertDoesNotThrow(() -> guardFor(null).checkChange(new Organisation(ROTENBURG)));
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> guardFor(ELBE_ELSTER).checkChange(new Organisation(ROTENBURG)));
        assertEquals("SHARED_RECORD_FOREIGN", refused.code());
        assertThrows(AccessDeniedException.class, () -> guardFor(ELBE_ELSTER).checkChange(new Organisation(null)),
                "created by ADMIN: only national roles change it");
        assertDoesNotThrow(() -> guardFor(ELBE_ELSTER).checkRead(new Organisation(ROTENBURG)), "everyone reads it");
    }

    @Test
    void theSystemPassesDuringStartUpAndDemoLoading() {
        SystemTask.run(() -> assertDoesNotThrow(() -> guardFor(ELBE_ELSTER).checkChange(new Plan(ROTENBURG))));
    }
}
