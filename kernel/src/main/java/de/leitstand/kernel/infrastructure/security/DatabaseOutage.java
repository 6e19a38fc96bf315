package de.leitstand.kernel.infrastructure.security;

import de.leitstand.kernel.api.ContextSchema;
import de.leitstand.kernel.api.DatabaseStatus;
import de.leitstand.kernel.api.Text;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Answers at once with 503 and {@code Retry-After} while the database is away, instead of letting
 * every request wait for the connection pool and fail with 500: problem+json for the API, a short
 * page for the UI in the browser's language (German unless {@code Accept-Language} prefers English). Whether the database answers is asked once a second in the background
 * (a pooled connection and {@code isValid}); the node recovers by itself with the next answer.
 * {@code /health} and static resources are never refused, so load balancers see the real state.
 */
@ApplicationScoped
public class DatabaseOutage implements DatabaseStatus {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    @Resource(lookup = ContextSchema.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicBoolean watching = new AtomicBoolean();
    private volatile boolean available = true;
    private volatile Instant downSince;

    /** @return whether the database answered at the last look (starts the background look on first use) */
    public boolean available() {
        if (watching.compareAndSet(false, true)) {
            scheduler.scheduleWithFixedDelay(this::checkNow, 1, 1, TimeUnit.SECONDS);
        }
        return available;
    }

    /** Asks the database now, e.g. after a request failed. @return whether it answered */
    public boolean checkNow() {
        // a second look: a connection that died with a restarted database makes the pool drop all of them,
        // so the next one is new — one stale connection must not declare an outage
        boolean answers = answers() || answers();
        if (answers != available) {
            if (answers) {
                LOG.info("Datenbank wieder erreichbar nach " + Duration.between(downSince, Instant.now()).toSeconds() + " s");
            } else {
                downSince = Instant.now();
                LOG.warning("Datenbank nicht erreichbar: Anfragen werden mit 503 beantwortet, bis sie wieder antwortet");
            }
            available = answers;
        }
        return answers;
    }

    @Override
    public boolean answersNow() {
        return checkNow();
    }

    private boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** @return whether a request may pass while the database is away: health checks and static resources */
    static boolean exempt(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/health") || path.startsWith("/health/") || path.startsWith("/jakarta.faces.resource/")
                || path.equals("/favicon.ico");
    }

    /** Sends the 503 answer: problem+json for machine paths, a page in the browser's language otherwise. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        if (api) {
            ProblemResponse.send(request, response, 503, "DATABASE_UNAVAILABLE", Text.of("kernel.TITLE_DATABASE_UNAVAILABLE"),
                    Text.of("kernel.DATABASE_UNAVAILABLE", RETRY_AFTER_SECONDS));
            return;
        }
        response.setStatus(503);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Locale language = ProblemResponse.language(request);
        response.setHeader("Content-Language", language.getLanguage());
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"><title>%s</title>
                <meta http-equiv="refresh" content="%d"></head>
                <body><main><h1>%s</h1>
                <p>%s</p></main></body></html>
                """.formatted(language.getLanguage(), Text.of("kernel.OUTAGE_PAGE_TITLE").in(language), RETRY_AFTER_SECONDS,
                Text.of("kernel.OUTAGE_PAGE_HEADING").in(language), Text.of("kernel.OUTAGE_PAGE_TEXT", RETRY_AFTER_SECONDS).in(language)));
        response.flushBuffer();
    }
}
