package de.leitstand.web.it;

import de.leitstand.kernel.testing.ApiClient;
import de.leitstand.kernel.testing.ApiClient.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.reflect.Type;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input is taken as sent or refused, on the real WAR: every JSON write operation that {@code /openapi}
 * lists gets bodies that are malformed in one field at a time (wrong type, {@code 1e20}, a fraction
 * for a whole number, a huge exponent, a string for a number, a non-boolean, an over-long text) and a
 * {@code null} or missing body; each must be a 400 problem whose errors name that field, and nothing
 * may change. An operation whose body type cannot be found fails the test, so a new write operation
 * cannot go unprobed. Also: bad path and query parameters, and parallel first writes of one key.
 */
@ExtendWith(LeitstandServer.class)
class MalformedInputIT {

    /** Values for path parameters: the body is refused before the operation looks them up. */
    private static final Map<String, String> PATH_VALUES = Map.of("agencyNumber", "03504", "month", "2023-10",
            "year", "2023", "username", "ee-gremium", "figure", "ELB", "period", "2020", "code", "K1");

    private final URL base = LeitstandServer.url();

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    @Test
    void everyJsonWriteRefusesMalformedBodiesNamingTheFieldAndChangesNothing() throws Exception {
        Map<String, Type> bodies = JsonBodies.operations();
        JsonObject paths = api.get("openapi", "admin").json().getJsonObject("paths");
        List<String> operations = new ArrayList<>();
        for (String path : paths.keySet()) {
            for (Map.Entry<String, JsonValue> op : paths.getJsonObject(path).entrySet()) {
                JsonObject body = op.getValue().asJsonObject().getJsonObject("requestBody");
                if (body != null && body.getJsonObject("content").containsKey("application/json")) {
                    operations.add(op.getKey().toUpperCase() + " " + path);
                }
            }
        }
        assertTrue(operations.size() >= 40, "the API's JSON writes: " + operations);
        List<String> unprobed = operations.stream().filter(o -> !bodies.containsKey(o)).toList();
        assertEquals(List.of(), unprobed, "JSON write operations whose body type the test cannot find");

        String auditBefore = adminAuditTotal();
        String userBefore = api.get("api/users/ee-gremium", "admin").body();
        String jobcenterBefore = api.get("api/jobcenters/03504", "admin").body();
        List<String> failures = new ArrayList<>();
        int probes = 0;
        for (String operation : operations) {
            String verb = operation.substring(0, operation.indexOf(' '));
            String path = concrete(operation.substring(operation.indexOf(' ') + 1));
            for (String nothing : new String[]{"null", ""}) {
                Reply reply = send(verb, path, nothing);
                probes++;
                if (reply.status() != 400 || !reply.isProblem() || !"BODY_MISSING".equals(reply.code())) {
                    failures.add(operation + " with body «" + nothing + "»: " + reply);
                }
            }
            for (JsonBodies.Variant variant : JsonBodies.variantsOf(bodies.get(operation))) {
                Reply reply = send(verb, path, variant.body());
                probes++;
                String problem = check(reply, variant.field());
                if (problem != null) {
                    failures.add(operation + " " + variant.field() + " (" + variant.what() + "): " + problem);
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + probes + " malformed bodies were not refused properly");
        assertTrue(probes > 300, "probed " + probes);
        assertEquals(auditBefore, adminAuditTotal(), "a refused request changes nothing (no audit entry of admin)");
        assertEquals(userBefore, api.get("api/users/ee-gremium", "admin").body(), "\"ja\" never disables a user");
        assertEquals(jobcenterBefore, api.get("api/jobcenters/03504", "admin").body());
    }

    /** @return null when the reply is a proper refusal naming the field, else what is wrong */
    private static String check(Reply reply, String field) {
        if (reply.status() != 400 || !reply.isProblem()) {
            return "expected 400 problem, got " + shorten(reply.toString());
        }
        JsonObject problem = reply.json();
        String detail = problem.getString("detail", "");
        if (detail.contains("de.leitstand") || detail.contains("$") || detail.contains("Exception") || detail.contains("Yasson")) {
            return "detail shows Java internals: " + shorten(detail);
        }
        boolean named = problem.containsKey("errors") && problem.getJsonArray("errors").stream()
                .anyMatch(e -> field.equals(e.asJsonObject().getString("field", "")));
        return named && detail.contains(field) ? null : "errors/detail do not name " + field + ": " + shorten(reply.body());
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private String adminAuditTotal() {
        return String.valueOf(api.get("api/audit?user=admin&size=1", "admin").json().get("total"));
    }

    private static String concrete(String template) {
        String path = template;
        for (String name : new TreeSet<>(PATH_VALUES.keySet())) {
            path = path.replace("{" + name + "}", PATH_VALUES.get(name));
        }
        return path.replaceAll("\\{[^}]+}", "1");
    }

    private Reply send(String verb, String path, String body) {
        return "PUT".equals(verb) ? api.put(path, "admin", body) : api.post(path, "admin", body);
    }

    @Test
    void badPathAndQueryParametersAreRefusedNamingThem() {
        Reply plan = api.get("api/controlling/supervision/plan/abc", "ee-fachaufsicht");
        assertParameter(plan, "PARAMETER_INVALID", "year");
        assertParameter(api.get("api/reporting/papers/1.5", "ee-gf"), "PARAMETER_INVALID", "id");
        assertParameter(api.get("api/planning/programmes/current", "ee-gf"), "PARAMETER_MISSING", "year");
        assertParameter(api.get("api/planning/programmes/current?year=", "ee-gf"), "PARAMETER_MISSING", "year");
        assertParameter(api.get("api/planning/programmes/current?year=2020.5", "ee-gf"), "PARAMETER_INVALID", "year");
        assertParameter(api.get("api/planning/programmes/compare?left=1", "ee-gf"), "PARAMETER_MISSING", "right");
        assertParameter(api.put("api/planning/programmes/1.9/targets", "ee-gf", "{\"version\":0}"), "PARAMETER_INVALID", "id");
    }

    private static void assertParameter(Reply reply, String code, String name) {
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        assertEquals(code, reply.code());
        assertTrue(reply.json().getJsonArray("errors").stream().anyMatch(e -> name.equals(e.asJsonObject().getString("field"))),
                reply.toString());
    }

    @Test
    void parallelFirstWritesOfOneKeyGiveOneSuccessAndConflictsAndTheWinnersValueIsStored() throws Exception {
        // a vintage of its own per run, so the key is new also when the test runs again on the same database
        String vintage = (2040 + RANDOM.nextInt(60)) + "-" + String.format("%02d", 1 + RANDOM.nextInt(12));
        String path = "api/controlling/values/03504/2023-10?datenstand=" + vintage;
        List<Reply> replies = race(20, i -> api.put(path, "ee-controlling", "{\"ELB\": " + (5400 + i) + "}"));
        List<Integer> statuses = replies.stream().map(Reply::status).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one winner: " + statuses);
        assertEquals(19, statuses.stream().filter(s -> s == 409).count(), "the others are conflicts: " + statuses);
        int winner = statuses.indexOf(200);
        List<JsonObject> stored = storedElb(vintage);
        assertEquals(1, stored.size(), "one value for the key");
        assertEquals(5400 + winner, stored.get(0).getJsonNumber("value").intValue(), "the winner's value is stored");

        // the same rules one after the other: an existing value is not overwritten blind, a stale stand is refused
        Reply blind = api.put(path, "ee-controlling", "{\"ELB\": 1}");
        assertEquals(409, blind.status(), blind.toString());
        assertEquals("VALUES_EXIST", blind.code());
        String etag = api.etag("api/controlling/values/03504/2023-10", "ee-controlling");
        assertTrue(etag != null && etag.startsWith("\""), "the month's stand is its ETag: " + etag);
        assertEquals(200, api.putIfMatch(path, "ee-controlling", "{\"ELB\": 5399}", etag).status());
        assertEquals(5399, storedElb(vintage).get(0).getJsonNumber("value").intValue());
        Reply stale = api.putIfMatch(path, "ee-controlling", "{\"ELB\": 1}", etag);
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("CONCURRENT_MODIFICATION", stale.code());
        assertEquals(5399, storedElb(vintage).get(0).getJsonNumber("value").intValue(), "a refused write changes nothing");

        // racing corrections with the same stand: one wins
        String current = api.etag("api/controlling/values/03504/2023-10", "ee-controlling");
        List<Integer> corrections = race(10, i -> api.putIfMatch(path, "ee-controlling", "{\"ELB\": " + (6000 + i) + "}", current))
                .stream().map(Reply::status).toList();
        assertEquals(1, corrections.stream().filter(s -> s == 200).count(), corrections.toString());
        assertEquals(9, corrections.stream().filter(s -> s == 409).count(), corrections.toString());
        assertEquals(6000 + corrections.indexOf(200), storedElb(vintage).get(0).getJsonNumber("value").intValue());
    }

    @Test
    void parallelImportsOfOneFileGiveOneSuccessAndConflictsAndTheFileIsTakenOnce() throws Exception {
        String vintage = (2040 + RANDOM.nextInt(60)) + "-" + String.format("%02d", 1 + RANDOM.nextInt(12));
        int amount = 1000 + RANDOM.nextInt(9000);
        String csv = "traeger_nr;monat;geschlecht;reihe;wert;datenstand\n03504;2023-09;G;ELB;" + amount + ";" + vintage + "\n"
                + "03504;2023-09;W;ELB;2000;" + vintage + "\n";
        List<Integer> imports = race(10, i -> postCsv("api/controlling/imports", csv)).stream().map(r -> r.statusCode()).toList();
        assertEquals(1, imports.stream().filter(s -> s == 200).count(), "exactly one import: " + imports);
        assertEquals(9, imports.stream().filter(s -> s == 409).count(), imports.toString());
        HttpResponse<String> again = postCsv("api/controlling/imports", csv);
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("IMPORT_DUPLICATE"), again.body());
        long stored = ApiClient.parse(api.get("api/controlling/values/03504/2023-09", "ee-controlling").body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(v -> "ELB".equals(v.getString("series")) && vintage.equals(v.getString("vintage"))
                        && "GESAMT".equals(v.getString("gender"))).filter(v -> v.getJsonNumber("value").intValue() == amount).count();
        assertEquals(1, stored);
    }

    @Test
    void aFormPostWithoutThePagesNonceLoadsThePageAnewInsteadOfAnError() throws Exception {
        HttpClient browserless = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        URI login = URI.create(base.toString()).resolve("login.xhtml");
        String page = browserless.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), "the login page has a view state");
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
        assertTrue(nonce.find(), "the login page has a CSP nonce");
        String form = "loginForm=loginForm&loginForm%3Ausername=niemand-" + RANDOM.nextInt(1_000_000) + "&loginForm%3Apassword=falsch"
                + "&loginForm%3Asubmit=&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> forged = browserless.send(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, forged.statusCode(), "a post without the page's nonce is not processed: " + forged.statusCode());
        assertTrue(forged.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), forged.headers().toString());
        HttpResponse<String> asBrowser = browserless.send(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&primefaces.nonce=" + nonce.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, asBrowser.statusCode(), "with the nonce, as a browser sends it, the wrong password is shown on the page");
        assertTrue(asBrowser.body().contains("ui-messages-error"), "the login page names the failed login");
    }

    private static final java.util.Random RANDOM = new java.security.SecureRandom();

    private List<JsonObject> storedElb(String vintage) {
        return ApiClient.parse(api.get("api/controlling/values/03504/2023-10", "ee-controlling").body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(v -> "ELB".equals(v.getString("series")) && vintage.equals(v.getString("vintage")))
                .toList();
    }

    /**
     * Fires the calls at once (all threads wait at a latch, then go) and returns the replies in call order;
     * a 409 must be a problem document without Java internals, nothing may be a 500.
     */
    private static <T> List<T> race(int times, java.util.function.IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(times);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(n);
                }));
            }
            ready.await();
            go.countDown();
            List<T> replies = new ArrayList<>();
            for (Future<T> f : futures) {
                T reply = f.get();
                int status = reply instanceof Reply r ? r.status() : ((HttpResponse<?>) reply).statusCode();
                String body = reply instanceof Reply r ? r.body() : String.valueOf(((HttpResponse<?>) reply).body());
                String type = reply instanceof Reply r ? r.contentType()
                        : ((HttpResponse<?>) reply).headers().firstValue("Content-Type").orElse("");
                assertTrue(status < 500, "never an error: " + status + " " + body);
                if (status == 409) {
                    assertTrue(type.startsWith("application/problem+json") && body.contains("\"code\""), body);
                    assertFalse(body.contains("Exception") || body.contains("de.leitstand"), body);
                }
                replies.add(reply);
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> postCsv(String path, String csv) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ee-controlling:demo".getBytes()))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
