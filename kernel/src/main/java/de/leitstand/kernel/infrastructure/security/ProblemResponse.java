package de.leitstand.kernel.infrastructure.security;

import de.leitstand.kernel.api.Languages;
import de.leitstand.kernel.api.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/**
 * Writes an RFC 9457 problem document from the servlet layer, where JAX-RS mappers do not reach; title and detail in
 * the request's language (German unless {@code Accept-Language} prefers English).
 */
final class ProblemResponse {

    private ProblemResponse() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String code, Text title,
                     Text detail) throws IOException {
        Locale language = language(request);
        String body = de.leitstand.kernel.api.Jsons.object()
                .add("type", "urn:leitstand:problem:" + code.toLowerCase().replace('_', '-'))
                .add("title", title.in(language))
                .add("status", status)
                .add("detail", detail.in(language))
                .add("code", code)
                .build().toString();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
        response.flushBuffer();
    }

    /** @return the request's language ({@code Accept-Language} by {@link Languages#of}); German without the header */
    static Locale language(HttpServletRequest request) {
        return request == null || request.getHeader("Accept-Language") == null ? Languages.GERMAN
                : Languages.of(Collections.list(request.getLocales()));
    }
}
