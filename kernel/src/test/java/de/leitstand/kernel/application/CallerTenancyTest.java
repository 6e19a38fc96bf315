package de.leitstand.kernel.application;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.Regionaldirektion;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.SupervisoryLevel;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTenancyTest {

    private static final AgencyNumber ELBE_ELSTER = new AgencyNumber("03504");
    private static final AgencyNumber ROTENBURG = new AgencyNumber("26706");

    private static CallerTenancy tenancyOf(Caller caller) {
        CallerTenancy tenancy = new CallerTenancy();
        tenancy.caller = caller;
        return tenancy;
    }

    @Test
    void aJobcenterUserSeesOnlyTheOwnJobcenter() {
        CallerTenancy tenancy = tenancyOf(caller(ELBE_ELSTER, Role.GESCHAEFTSFUEHRUNG));
        assertTrue(tenancy.mayAccess(ELBE_ELSTER));
        assertFalse(tenancy.mayAccess(ROTENBURG));
        assertEquals(Optional.of(ELBE_ELSTER), tenancy.restriction());
        assertEquals(ELBE_ELSTER, tenancy.resolve(null));
        assertEquals(ELBE_ELSTER, tenancy.resolve("03504"));
        assertEquals("TENANT_FORBIDDEN",
                assertThrows(AccessDeniedException.class, () -> tenancy.resolve("26706")).code());
    }

    @Test
    void anAdminSeesAll() {
        CallerTenancy tenancy = tenancyOf(caller(null, Role.ADMIN));
        assertTrue(tenancy.mayAccess(ROTENBURG));
        assertEquals(Optional.empty(), tenancy.restriction());
        assertEquals(ROTENBURG, tenancy.resolve("26706"));
        assertEquals("AGENCY_NUMBER_REQUIRED", assertThrows(ValidationException.class, () -> tenancy.resolve(" ")).code());
    }

    @Test
    void nobodySeesAnythingWithoutLogin() {
        Caller anonymous = new FixedCaller(null, EnumSet.noneOf(Role.class), false);
        CallerTenancy tenancy = tenancyOf(anonymous);
        assertFalse(tenancy.mayAccess(ELBE_ELSTER));
        assertThrows(AccessDeniedException.class, () -> tenancy.resolve(null));
    }

    @Test
    void aRegionaldirektionReadsTheJobcentersOfItsLevelAndWritesNone() {
        CallerTenancy tenancy = tenancyOf(new LevelCaller(Role.REGIONALDIREKTION,
                SupervisoryLevel.of(Regionaldirektion.BERLIN_BRANDENBURG), Set.of(ELBE_ELSTER)));
        assertTrue(tenancy.mayRead(ELBE_ELSTER));
        assertTrue(tenancy.maySupervise(ELBE_ELSTER));
        assertFalse(tenancy.mayAccess(ELBE_ELSTER), "a level changes no ordinary record of its Jobcenters");
        assertFalse(tenancy.mayRead(ROTENBURG));
        assertFalse(tenancy.maySupervise(ROTENBURG));
        assertEquals(ELBE_ELSTER, tenancy.resolve("03504"));
        assertEquals("TENANT_FORBIDDEN",
                assertThrows(AccessDeniedException.class, () -> tenancy.resolve("26706")).code());
        assertEquals("AGENCY_NUMBER_REQUIRED", assertThrows(ValidationException.class, () -> tenancy.resolve(null)).code());
        assertEquals(Optional.of(new AgencyNumber("00000")), tenancy.restriction(), "unfiltered lists stay empty");
    }

    @Test
    void aJobcenterUserDoesNotSuperviseItself() {
        CallerTenancy tenancy = tenancyOf(caller(ELBE_ELSTER, Role.GESCHAEFTSFUEHRUNG));
        assertFalse(tenancy.maySupervise(ELBE_ELSTER));
        assertTrue(tenancy.mayRead(ELBE_ELSTER));
        assertFalse(tenancy.mayRead(ROTENBURG));
    }

    private record LevelCaller(Role role, SupervisoryLevel supervisoryLevel, Set<AgencyNumber> jobcenters) implements Caller {
        @Override
        public String username() {
            return "level";
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(role);
        }

        @Override
        public Optional<AgencyNumber> agencyNumber() {
            return Optional.empty();
        }

        @Override
        public Optional<SupervisoryLevel> level() {
            return Optional.of(supervisoryLevel);
        }

        @Override
        public Set<AgencyNumber> supervisedJobcenters() {
            return jobcenters;
        }

        @Override
        public boolean isNational() {
            return false;
        }

        @Override
        public boolean isAuthenticated() {
            return true;
        }
    }

    private static Caller caller(AgencyNumber agency, Role role) {
        return new FixedCaller(agency, EnumSet.of(role), true);
    }

    private record FixedCaller(AgencyNumber agency, Set<Role> roleSet, boolean authenticated) implements Caller {
        @Override
        public String username() {
            return "test";
        }

        @Override
        public Set<Role> roles() {
            return roleSet;
        }

        @Override
        public Optional<AgencyNumber> agencyNumber() {
            return Optional.ofNullable(agency);
        }

        @Override
        public boolean isNational() {
            return roleSet.contains(Role.ADMIN);
        }

        @Override
        public boolean isAuthenticated() {
            return authenticated;
        }
    }
}
