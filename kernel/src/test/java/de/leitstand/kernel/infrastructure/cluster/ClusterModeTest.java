package de.leitstand.kernel.infrastructure.cluster;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterModeTest {

    @Test
    void clusterModeOnTheEmbeddedDatabaseIsRefusedWithAClearMessage() {
        var refused = assertThrows(IllegalStateException.class,
                () -> ClusterMode.requireSharedDatabase(true, "jdbc:h2:file:/tmp/leitstand;MODE=PostgreSQL"));
        assertTrue(refused.getMessage().contains("PostgreSQL"), refused.getMessage());
        assertTrue(refused.getMessage().contains("LEITSTAND_CLUSTER"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> ClusterMode.requireSharedDatabase(true, null));
    }

    @Test
    void clusterModeOnPostgreSqlAndASingleNodeOnH2Start() {
        assertDoesNotThrow(() -> ClusterMode.requireSharedDatabase(true, "jdbc:postgresql://db:5432/leitstand"));
        assertDoesNotThrow(() -> ClusterMode.requireSharedDatabase(false, "jdbc:h2:file:/tmp/leitstand"));
    }
}
