package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException.FieldError;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem document. {@code code} is stable and meant for programs; {@code title}, {@code detail} and
 * the {@code errors}' messages are meant for people, in the caller's language (German unless the caller prefers
 * English, {@code Accept-Language}); {@code errors} names each bad field.
 */
public record Problem(String type, String title, int status, String detail, String code, List<Field> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad field as the document shows it. */
    public record Field(String field, String message) {
    }

    public static Response response(int status, String code, Text detail, List<FieldError> errors, Locale language) {
        return response(of(status, code, detail, errors, language));
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE + ";charset=UTF-8").entity(Binding.JSONB.toJson(problem)).build();
    }

    /** @return the document with its texts in the language (German unless English) */
    public static Problem of(int status, String code, Text detail, List<FieldError> errors, Locale language) {
        List<Field> fields = errors == null || errors.isEmpty() ? null
                : errors.stream().map(error -> new Field(error.field(language), error.message(language))).toList();
        return new Problem("urn:leitstand:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'),
                title(status).in(language), status, detail.in(language), code, fields);
    }

    /** The binder, made at the first response (not when a document is only built). */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    static Text title(int status) {
        return Text.of(switch (status) {
            case 400 -> "kernel.TITLE_400";
            case 401 -> "kernel.TITLE_401";
            case 403 -> "kernel.TITLE_403";
            case 404 -> "kernel.TITLE_404";
            case 405 -> "kernel.TITLE_405";
            case 409 -> "kernel.TITLE_409";
            case 415 -> "kernel.TITLE_415";
            case 503 -> "kernel.TITLE_DATABASE_UNAVAILABLE";
            default -> status >= 500 ? "kernel.TITLE_500" : "kernel.TITLE_OTHER";
        });
    }
}
