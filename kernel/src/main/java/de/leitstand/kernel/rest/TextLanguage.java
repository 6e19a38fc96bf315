package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.TextJson;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes every response body with the {@link de.leitstand.kernel.api.Text}s in it (reasons, alerts, labels) in the
 * request's language, by the same rule as the error texts ({@code Accept-Language}, {@link
 * de.leitstand.kernel.api.Languages#of}): a field that holds a sentence holds it in German or English.
 */
@Provider
public class TextLanguage implements WriterInterceptor {

    @Context
    HttpHeaders headers;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException, WebApplicationException {
        try {
            TextJson.in(LeitstandExceptionMapper.language(headers), () -> {
                try {
                    context.proceed();
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
