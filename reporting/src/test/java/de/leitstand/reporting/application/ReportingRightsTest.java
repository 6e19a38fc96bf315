package de.leitstand.reporting.application;

import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.testing.RoleCaller;
import de.leitstand.reporting.api.ReportingAccess;
import de.leitstand.reporting.api.ReportingAccess.PaperRights;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reporting pages' capability flags follow the services' @RequiresRole (and every use case named exists). */
class ReportingRightsTest {

    private static ReportingRightsService service(Role... roles) {
        ReportingRightsService service = new ReportingRightsService();
        service.caller = RoleCaller.of(roles);
        return service;
    }

    private static PaperRights rights(Role... roles) {
        return service(roles).papers();
    }

    @Test
    void theManagementReleasesControllingDraftsAdminKeepsTheBody() {
        assertEquals(new PaperRights(true, true, true), rights(Role.GESCHAEFTSFUEHRUNG));
        assertEquals(new PaperRights(true, false, false), rights(Role.CONTROLLING));
        assertEquals(new PaperRights(false, false, true), rights(Role.ADMIN));
        assertEquals(new PaperRights(false, false, false), rights(Role.GREMIUM));
    }

    @Test
    void theManagementAndControllingGenerateDocuments() {
        assertEquals(new ReportingAccess.DocumentRights(true), service(Role.CONTROLLING).documents());
        assertEquals(new ReportingAccess.DocumentRights(false), service(Role.GREMIUM).documents());
    }
}
