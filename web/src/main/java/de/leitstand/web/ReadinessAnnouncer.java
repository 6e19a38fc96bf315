package de.leitstand.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Logs one clear line with Leitstand's URL as soon as the server really answers: the application is
 * initialised a moment before the HTTP listener accepts requests, so the line waits for
 * {@code /health/ready} to say UP.
 */
@WebListener
public class ReadinessAnnouncer implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ReadinessAnnouncer.class.getName());
    private static final Duration GIVE_UP = Duration.ofMinutes(2);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "leitstand.http.port", defaultValue = "8080")
    int port;

    private volatile ScheduledFuture<?> probe;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI health = URI.create("http://127.0.0.1:" + port + "/health/ready");
        Instant start = Instant.now();
        probe = scheduler.scheduleWithFixedDelay(() -> {
            if (answers(client, health)) {
                LOG.info("Leitstand ist bereit: http://localhost:" + port + "/");
                probe.cancel(false);
            } else if (Duration.between(start, Instant.now()).compareTo(GIVE_UP) > 0) {
                LOG.warning("Leitstand antwortet nicht auf " + health + " (anderer Port? LEITSTAND_HTTP_PORT setzen)");
                probe.cancel(false);
            }
        }, 200, 250, TimeUnit.MILLISECONDS);
    }

    private static boolean answers(HttpClient client, URI uri) {
        try {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (probe != null) {
            probe.cancel(true);
        }
    }
}
