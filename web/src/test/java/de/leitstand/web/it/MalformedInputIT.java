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
    void parallelFirstWritesOfOneKeyGiveSuccessOrConflictNeverAnError() throws Exception {
        String path = "api/controlling/values/03504/2023-10?datenstand=2023-11";
        List<Integer> statuses = parallel(20, () -> api.put(path, "ee-controlling", "{\"ELB\": 5485}"));
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
        assertTrue(statuses.contains(200), statuses.toString());
        long stored = ApiClient.parse(api.get("api/controlling/values/03504/2023-10", "ee-controlling").body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(v -> "ELB".equals(v.getString("series")) && "2023-11".equals(v.getString("vintage")))
                .count();
        assertEquals(1, stored, "one value for the key");

        String csv = "traeger_nr;monat;geschlecht;reihe;wert;datenstand\n03504;2023-09;G;ELB;5.485;2023-11\n"
                + "03504;2023-09;W;ELB;2.000;2023-11\n";
        List<Integer> imports = parallel(10, () -> postCsv("api/controlling/imports", csv));
        assertTrue(imports.stream().allMatch(s -> s == 200 || s == 409), imports.toString());
        assertTrue(imports.contains(200), imports.toString());
    }

    private List<Integer> parallel(int times, java.util.concurrent.Callable<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Object> f : futures) {
                Object reply = f.get();
                statuses.add(reply instanceof Reply r ? r.status() : (Integer) reply);
                if (reply instanceof Reply r && r.status() == 409) {
                    assertTrue(r.isProblem(), r.toString());
                    assertFalse(r.body().contains("Exception"), r.toString());
                }
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private int postCsv(String path, String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ee-controlling:demo".getBytes()))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 409) {
            assertTrue(response.body().contains("\"code\""), response.body());
        }
        return response.statusCode();
    }
}
