package de.leitstand.kernel.infrastructure;

import de.leitstand.kernel.infrastructure.config.LeitstandConfigSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeitstandConfigSourceTest {

    private final LeitstandConfigSource source = new LeitstandConfigSource();

    @AfterEach
    void clear() {
        System.clearProperty("leitstand.data.dir");
        System.clearProperty("leitstand.db.url");
    }

    @Test
    void embeddedDatabaseLivesInTheDataFolder() {
        System.setProperty("leitstand.data.dir", "/srv/leitstand");
        assertEquals("/srv/leitstand", source.getValue("leitstand.data.dir"));
        assertTrue(source.getValue("leitstand.db.url").startsWith("jdbc:h2:file:/srv/leitstand/leitstand;MODE=PostgreSQL"),
                source.getValue("leitstand.db.url"));
        assertEquals("org.h2.jdbcx.JdbcDataSource", source.getValue("leitstand.db.datasource-class"));
        assertEquals("true", source.getValue("leitstand.demo"));
    }

    @Test
    void defaultDataFolderIsBelowTheWorkingDirectory() {
        assertEquals(Path.of("leitstand-data").toAbsolutePath().toString(), source.getValue("leitstand.data.dir"));
    }

    @Test
    void postgresqlUrlSelectsItsDataSourceAndTurnsDemoOff() {
        System.setProperty("leitstand.db.url", "jdbc:postgresql://localhost/leitstand");
        assertEquals("org.postgresql.ds.PGSimpleDataSource", source.getValue("leitstand.db.datasource-class"));
        assertEquals("false", source.getValue("leitstand.demo"));
    }

    @Test
    void ranksBelowEveryExplicitSetting() {
        assertTrue(source.getOrdinal() < 100);
        assertEquals(4, source.getProperties().size());
    }
}
