package de.leitstand.reporting.application;

import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.testing.RoleCaller;
import de.leitstand.reporting.api.PaperAccess.PaperRights;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The papers page's capability flags follow PaperService's @RequiresRole (and every use case named exists). */
class PaperRightsTest {

    private static PaperRights rights(Role... roles) {
        PaperRightsService service = new PaperRightsService();
        service.caller = RoleCaller.of(roles);
        return service.rights();
    }

    @Test
    void theManagementReleasesControllingDraftsAdminKeepsTheBody() {
        assertEquals(new PaperRights(true, true, true), rights(Role.GESCHAEFTSFUEHRUNG));
        assertEquals(new PaperRights(true, false, false), rights(Role.CONTROLLING));
        assertEquals(new PaperRights(false, false, true), rights(Role.ADMIN));
        assertEquals(new PaperRights(false, false, false), rights(Role.GREMIUM));
    }
}
