package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.DatabaseStatus;
import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a {@link LeitstandException}: exceptions wrapped by transactions or CDI are
 * unwrapped to their Leitstand cause; lost optimistic locks become conflicts; JAX-RS errors keep
 * their status; a failure while the database does not answer (a request that was running when it went
 * away) is a 503 with {@code Retry-After}, as for requests during the outage; anything else is a 500 with
 * an incident number in the log, never a stack trace.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());
    private final LeitstandExceptionMapper leitstand = new LeitstandExceptionMapper();

    @Context
    HttpHeaders headers;

    /** Asked only on the way to a 500; looked up in CDI when not set (JAX-RS creates this provider). */
    DatabaseStatus database;

    @Override
    public Response toResponse(Throwable exception) {
        Locale language = LeitstandExceptionMapper.language(headers);
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof LeitstandException known) {
                return leitstand.toResponse(known, language);
            }
            if (cause instanceof OptimisticLockException) {
                return leitstand.toResponse(ConflictException.concurrentModification(), language);
            }
            if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException) {
                // never the binder's own message: it names Java classes
                return leitstand.toResponse(new ValidationException("BODY_INVALID", "body",
                        Text.of("kernel.BODY_INVALID_FOR_RESOURCE")), language);
            }
            LeitstandException database = DatabaseRefusals.of(cause);
            if (database != null) {
                return leitstand.toResponse(database, language);
            }
        }
        ValidationException parameter = ParameterRefusals.of(exception);
        if (parameter != null) {
            return leitstand.toResponse(parameter, language);
        }
        if (exception instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String code = switch (status) {
                case 404 -> "RESOURCE_NOT_FOUND";
                case 405 -> "METHOD_NOT_ALLOWED";
                case 406 -> "NOT_ACCEPTABLE";
                case 415 -> "UNSUPPORTED_MEDIA_TYPE";
                default -> "HTTP_" + status;
            };
            Text detail = switch (status) {
                case 404 -> Text.of("kernel.RESOURCE_NOT_FOUND");
                case 405 -> Text.of("kernel.METHOD_NOT_ALLOWED");
                case 415 -> Text.of("kernel.UNSUPPORTED_MEDIA_TYPE");
                default -> Text.literal(String.valueOf(web.getMessage()));
            };
            if (status < 500) {
                return Problem.response(status, code, detail, null, language);
            }
        }
        if (!databaseAnswers()) {
            return Response.fromResponse(Problem.response(outage(language)))
                    .header("Retry-After", DatabaseStatus.RETRY_AFTER_SECONDS).header("Cache-Control", "no-store").build();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unerwarteter Fehler, Vorgang " + incident, exception);
        return Problem.response(500, "INTERNAL_ERROR", Text.of("kernel.INTERNAL_ERROR", incident), null, language);
    }

    /** The answer while the database is away, as the authentication gives it to requests that arrive then. */
    static Problem outage(Locale language) {
        return Problem.of(503, "DATABASE_UNAVAILABLE", Text.of("kernel.DATABASE_UNAVAILABLE", DatabaseStatus.RETRY_AFTER_SECONDS),
                null, language);
    }

    boolean databaseAnswers() {
        try {
            DatabaseStatus status = database != null ? database : CDI.current().select(DatabaseStatus.class).get();
            return status.answersNow();
        } catch (RuntimeException noContainer) {
            return true; // no way to ask: report the failure as what it is
        }
    }
}
