package de.leitstand.controlling.application;

import de.leitstand.controlling.api.SupervisionAccess.SupervisionRights;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.testing.RoleCaller;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Fachaufsicht's capability flags follow SupervisionService's @RequiresRole (and every use case named exists). */
class SupervisionRightsTest {

    private static SupervisionRights rights(Role... roles) {
        SupervisionRightsService service = new SupervisionRightsService();
        service.caller = RoleCaller.of(roles);
        return service.rights();
    }

    @Test
    void theFachaufsichtAuditsTheManagementReadsATeamLeaderNeither() {
        assertEquals(new SupervisionRights(true, true), rights(Role.FACHAUFSICHT));
        assertEquals(new SupervisionRights(true, false), rights(Role.GESCHAEFTSFUEHRUNG));
        assertEquals(new SupervisionRights(false, false), rights(Role.TEAMLEITUNG));
    }
}
