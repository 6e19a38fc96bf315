package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.Languages;
import de.leitstand.kernel.api.LeitstandException;
import de.leitstand.kernel.api.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;

/**
 * Every refusal of every context, as a problem document with its stable code; its texts in the caller's
 * language ({@link Languages#of}: English when {@code Accept-Language} prefers English over German, else German).
 */
@Provider
public class LeitstandExceptionMapper implements ExceptionMapper<LeitstandException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(LeitstandException exception) {
        return toResponse(exception, language(headers));
    }

    Response toResponse(LeitstandException exception, Locale language) {
        return Problem.response(problem(exception, language));
    }

    static Problem problem(LeitstandException exception, Locale language) {
        return Problem.of(exception.status(), exception.code(), exception.text(),
                exception instanceof ValidationException validation ? validation.errors() : null, language);
    }

    /** @return the language of the request's {@code Accept-Language}; German without a request or header */
    static Locale language(HttpHeaders headers) {
        List<Locale> preferred;
        try {
            preferred = headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException outsideRequestOrMalformed) {
            preferred = List.of();
        }
        return Languages.of(preferred);
    }
}
