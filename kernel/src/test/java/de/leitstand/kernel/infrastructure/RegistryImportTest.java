package de.leitstand.kernel.infrastructure;

import de.leitstand.kernel.domain.JobcenterType;
import de.leitstand.kernel.infrastructure.startup.RegistryImportAccess;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegistryImportTest {

    @Test
    void shippedRegistryHoldsAll405Jobcenters() {
        var entries = RegistryImportAccess.read();
        assertEquals(405, entries.size());
        assertEquals(301, entries.values().stream().filter(e -> e.type() == JobcenterType.GE).count());
        assertEquals(104, entries.values().stream().filter(e -> e.type() == JobcenterType.ZKT).count());
        assertEquals("Elbe-Elster", entries.get("03504").name());
        assertEquals(JobcenterType.GE, entries.get("03504").type());
        assertEquals("Rotenburg (Wümme)", entries.get("26706").name());
        assertEquals(JobcenterType.ZKT, entries.get("26706").type());
        assertEquals("Harburg", entries.get("25104").name());
    }
}
