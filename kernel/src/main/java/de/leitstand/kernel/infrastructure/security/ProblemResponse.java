package de.leitstand.kernel.infrastructure.security;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes an RFC 9457 problem document from the servlet layer, where JAX-RS mappers do not reach. */
final class ProblemResponse {

    private ProblemResponse() {
    }

    static void send(HttpServletResponse response, int status, String code, String title, String detail)
            throws IOException {
        String body = de.leitstand.kernel.api.Jsons.object()
                .add("type", "urn:leitstand:problem:" + code.toLowerCase().replace('_', '-'))
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("code", code)
                .build().toString();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
        response.flushBuffer();
    }
}
