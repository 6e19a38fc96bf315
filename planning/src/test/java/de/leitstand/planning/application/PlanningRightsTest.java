package de.leitstand.planning.application;

import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.testing.RoleCaller;
import de.leitstand.planning.api.PlanningAccess;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The planning pages' capability flags follow the use cases' @RequiresRole (and every use case named exists). */
class PlanningRightsTest {

    private static PlanningAccess.PlanningRights programme(Role... roles) {
        PlanningRightsService service = new PlanningRightsService();
        service.caller = RoleCaller.of(roles);
        return service.rights();
    }

    @Test
    void controllingPreparesTheManagementAlsoAgrees() {
        assertEquals(new PlanningAccess.PlanningRights(true, false), programme(Role.CONTROLLING));
        assertEquals(new PlanningAccess.PlanningRights(true, true), programme(Role.GESCHAEFTSFUEHRUNG));
        assertEquals(new PlanningAccess.PlanningRights(false, false), programme(Role.TEAMLEITUNG));
    }

    @Test
    void onlyAdminMaintainsTheAllocationShares() {
        AllocationService allocation = new AllocationService();
        allocation.caller = RoleCaller.of(Role.ADMIN);
        assertEquals(new de.leitstand.planning.api.AllocationPlanning.AllocationRights(true), allocation.rights());
        allocation.caller = RoleCaller.of(Role.CONTROLLING);
        assertEquals(new de.leitstand.planning.api.AllocationPlanning.AllocationRights(false), allocation.rights());
    }
}
