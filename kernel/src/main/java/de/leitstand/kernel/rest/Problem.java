package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.ValidationException.FieldError;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem document. {@code code} is stable and meant for programs; {@code detail} is
 * German and meant for people; {@code errors} names each bad field.
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Jsonb JSONB = JsonbBuilder.create();

    public static Response response(int status, String code, String detail, List<FieldError> errors) {
        Problem problem = new Problem("urn:leitstand:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'),
                title(status), status, detail, code, errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(JSONB.toJson(problem)).build();
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Ungültige Anfrage";
            case 401 -> "Nicht angemeldet";
            case 403 -> "Nicht erlaubt";
            case 404 -> "Nicht gefunden";
            case 405 -> "Methode nicht erlaubt";
            case 409 -> "Konflikt";
            case 415 -> "Format nicht unterstützt";
            default -> status >= 500 ? "Interner Fehler" : "Fehler";
        };
    }
}
