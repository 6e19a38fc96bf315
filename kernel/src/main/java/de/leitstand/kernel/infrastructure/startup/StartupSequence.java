package de.leitstand.kernel.infrastructure.startup;

import de.leitstand.kernel.api.ApplicationStarted;
import de.leitstand.kernel.api.security.SystemTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Start-up in a fixed order, as the system: migrate every schema, load the Jobcenter registry,
 * make sure users exist, then tell the contexts ({@link ApplicationStarted}) so they can load
 * their demo data. A failure stops the deployment: Leitstand never runs on a half-migrated database.
 */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

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
        SystemTask.run(() -> {
            migrations.migrateAll();
            registry.load();
            userBootstrap.ensureUsers(demo);
            started.fire(new ApplicationStarted(demo));
        });
        LOG.info(() -> "Datenbank: " + redact(databaseUrl) + (databaseUrl.startsWith("jdbc:h2:") ? " (Datenordner " + dataDir + ")" : "")
                + ", Demo-Modus " + (demo ? "an" : "aus") + ", Start in " + Duration.between(begin, Instant.now()).toMillis() + " ms");
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
