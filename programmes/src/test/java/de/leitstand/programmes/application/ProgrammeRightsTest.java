package de.leitstand.programmes.application;

import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.testing.RoleCaller;
import de.leitstand.programmes.api.ProgrammeAccess.ProgrammeRights;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The programmes pages' capability flags follow the use cases' @RequiresRole (and every use case named exists). */
class ProgrammeRightsTest {

    private static ProgrammeRights rights(Role... roles) {
        ProgrammeRightsService service = new ProgrammeRightsService();
        service.caller = RoleCaller.of(roles);
        return service.rights();
    }

    @Test
    void programmeStaffDoEverythingAdminNoFiguresOthersNothing() {
        assertEquals(new ProgrammeRights(true, true, true, true), rights(Role.PROGRAMME));
        assertEquals(new ProgrammeRights(true, true, true, false), rights(Role.ADMIN));
        assertEquals(new ProgrammeRights(false, false, false, false), rights(Role.CONTROLLING));
    }
}
