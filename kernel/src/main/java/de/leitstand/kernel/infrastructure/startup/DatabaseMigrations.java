package de.leitstand.kernel.infrastructure.startup;

import de.leitstand.kernel.api.ContextSchema;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * Migrates every context's schema with Flyway, kernel first. Each context keeps its own history
 * table, so contexts can evolve independently; baselining at version 0 lets a context that lands
 * later start in a database that already holds the others' tables.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = ContextSchema.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Instance<ContextSchema> schemas;

    @Inject
    MigrationState state;

    void migrateAll() {
        try {
            List<ContextSchema> ordered = schemas.stream()
                    .sorted(Comparator.comparingInt(ContextSchema::order))
                    .toList();
            for (ContextSchema schema : ordered) {
                migrate(schema);
            }
            state.complete();
        } catch (RuntimeException e) {
            state.fail(e.getMessage());
            throw e;
        }
    }

    private void migrate(ContextSchema schema) {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + schema.name())
                .table("flyway_history_" + schema.name())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        var result = flyway.migrate();
        var current = flyway.info().current();
        String version = current == null ? "0" : current.getVersion().getVersion();
        state.record(schema.name(), version);
        LOG.info(() -> "Schema " + schema.name() + ": " + result.migrationsExecuted
                + " Migration(en) ausgeführt, Stand " + version);
    }
}
