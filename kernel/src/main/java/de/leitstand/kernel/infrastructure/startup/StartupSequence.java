package de.leitstand.kernel.infrastructure.startup;

import de.leitstand.kernel.api.ApplicationStarted;
import de.leitstand.kernel.api.ContextSchema;
import de.leitstand.kernel.api.security.SystemTask;
import de.leitstand.kernel.infrastructure.cluster.ClusterMode;
import de.leitstand.kernel.infrastructure.cluster.DataGrid;
import de.leitstand.kernel.infrastructure.cluster.StartupLock;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Start-up in a fixed order, as the system: migrate every schema, load the Jobcenter registry,
 * make sure users exist, then tell the contexts ({@link ApplicationStarted}) so they can load
 * their demo data. A failure stops the deployment: Leitstand never runs on a half-migrated database.
 * In a cluster the nodes take turns ({@link StartupLock}), so the work happens once; cluster mode on
 * the embedded H2 database is refused.
 */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Resource(lookup = ContextSchema.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    DatabaseMigrations migrations;

    @Inject
    RegistryImport registry;

    @Inject
    UserBootstrap userBootstrap;

    @Inject
    Event<ApplicationStarted> started;

    @Inject
    @ConfigProperty(name = "leitstand.demo")
    boolean demo;

    @Inject
    @ConfigProperty(name = "leitstand.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "leitstand.db.url")
    String databaseUrl;

    @ActivateRequestContext
    public void run() {
        // the web module announces readiness once HTTP answers
        Instant begin = Instant.now();
        ClusterMode.requireSharedDatabase(databaseUrl);
        try (StartupLock lock = StartupLock.acquire(dataSource, databaseUrl)) {
            SystemTask.run(() -> {
                migrations.migrateAll();
                registry.load();
                userBootstrap.ensureUsers(demo);
                started.fire(new ApplicationStarted(demo));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Start-Sperre in der Datenbank nicht verfügbar: " + e.getMessage(), e);
        }
        LOG.info(() -> "Datenbank: " + redact(databaseUrl) + (databaseUrl.startsWith("jdbc:h2:") ? " (Datenordner " + dataDir + ")" : "")
                + ", Demo-Modus " + (demo ? "an" : "aus") + ", Start in " + Duration.between(begin, Instant.now()).toMillis() + " ms");
        LOG.info(StartupSequence::describeNode);
    }

    private static String describeNode() {
        if (!ClusterMode.enabled()) {
            return "Knoten " + ClusterMode.nodeName() + ": Einzelbetrieb (kein Cluster)";
        }
        return DataGrid.state()
                .map(grid -> "Knoten " + ClusterMode.nodeName() + " im Cluster " + grid.clusterName() + ": "
                        + grid.members() + " Mitglied(er) im Datengrid")
                .orElse("Knoten " + ClusterMode.nodeName() + ": Cluster-Modus an, aber Payaras Datengrid läuft nicht "
                        + "(mit cluster/leitstand-node.sh starten) — Sitzungen werden nicht geteilt");
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
