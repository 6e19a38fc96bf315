package de.leitstand.kernel.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the ITs: HTTP Basic as a given user, JSON in and out. */
public final class ApiClient {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ApiClient(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    public Reply get(String path, String user) {
        return send(request(path, user).GET());
    }

    /** GET with an {@code Accept-Language} header (the language of a problem's texts). */
    public Reply getIn(String path, String user, String acceptLanguage) {
        return send(request(path, user).header("Accept-Language", acceptLanguage).GET());
    }

    /** GET accepting any content type (e.g. the Prometheus text of /metrics). */
    public Reply getAny(String path, String user) {
        return send(request(path, user).setHeader("Accept", "*/*").GET());
    }

    public Reply post(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** PUT with a precondition: the ETag the caller last read. */
    public Reply putIfMatch(String path, String user, String json, String etag) {
        return send(request(path, user).header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** @return the ETag header of a GET, or null */
    public String etag(String path, String user) {
        try {
            return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.discarding()).headers()
                    .firstValue("ETag").orElse(null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply delete(String path, String user) {
        return send(request(path, user).DELETE());
    }

    /** Sends with an explicit password instead of the demo password. */
    public Reply getAs(String path, String user, String password) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Authorization", basic(user, password)).GET());
    }

    /** Posts with an explicit password instead of the demo password. */
    public Reply postAs(String path, String user, String password, String json) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Authorization", basic(user, password))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(60))
                .setHeader("Accept", "application/json");
        if (user != null) {
            builder.header("Authorization", basic(user, "demo"));
        }
        return builder;
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, body and content type. */
    public record Reply(int status, String body, String contentType) {

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** @return the problem document's stable error code */
        public String code() {
            return json().getString("code");
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** @return a JSON string literal */
    public static String quote(String value) {
        return value == null ? "null" : Json.createValue(value).toString();
    }

    public static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
