package de.leitstand.web.it;

import de.leitstand.kernel.testing.ApiClient;
import de.leitstand.kernel.testing.ApiClient.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static de.leitstand.kernel.testing.ApiClient.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real WAR on Payara Micro: every page and endpoint needs a login (except login, error pages,
 * static resources and health), roles and tenancy refuse what they must, changes are audited, and
 * the security baseline (headers, cookie) holds.
 */
@ExtendWith(LeitstandServer.class)
class WebApiIT {

    private static final java.util.regex.Pattern STACK_TRACE = java.util.regex.Pattern.compile("\\bat [\\w.$]+\\([\\w]+\\.java:\\d+\\)");


    private final URL base = LeitstandServer.url();

    private ApiClient api;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    private HttpResponse<String> plainGet(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesNeedALoginExceptLoginErrorsAndHealth() throws Exception {
        for (String page : new String[]{"", "index.xhtml", "jobcenters.xhtml", "admin/users.xhtml", "audit.xhtml"}) {
            HttpResponse<String> response = plainGet(page);
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), page);
        }
        HttpResponse<String> login = plainGet("login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("Anmeldung"), "German by default");
        HttpResponse<String> errorPage = plainGet("error/404.xhtml");
        assertEquals(404, errorPage.statusCode(), "error pages are public and answer their status");
        assertTrue(errorPage.body().contains("Nicht gefunden"));
    }

    @Test
    void healthIsPublicAndReportsTheDatabaseAndMigrations() throws Exception {
        HttpResponse<String> ready = plainGet("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = ApiClient.parse(ready.body()).asJsonObject();
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertTrue(database.getJsonObject("data").getString("migrations").contains("kernel@3"), database.toString());
    }

    @Test
    void machineEndpointsNeedALogin() {
        for (String path : new String[]{"openapi", "metrics", "api/jobcenters", "api/users", "api/audit"}) {
            Reply anonymous = api.get(path, null);
            assertEquals(401, anonymous.status(), path);
            assertTrue(anonymous.isProblem(), path);
        }
        Reply english = api.getIn("api/me", null, "en");
        assertEquals("AUTHENTICATION_REQUIRED", english.code());
        assertEquals("Please log in (HTTP Basic with user name and password).", english.json().getString("detail"),
                "the login's problem follows Accept-Language too");
        assertEquals("Bitte melden Sie sich an (HTTP Basic mit Benutzername und Passwort).",
                api.get("api/me", null).json().getString("detail"));
        Reply openapi = api.get("openapi", "ee-team");
        assertEquals(200, openapi.status());
        JsonObject paths = openapi.json().getJsonObject("paths");
        for (String path : new String[]{"/api/jobcenters", "/api/jobcenters/{agencyNumber}", "/api/jobcenters/{agencyNumber}/profile",
                "/api/users", "/api/users/{username}", "/api/users/{username}/password", "/api/audit", "/api/me"}) {
            assertTrue(paths.keySet().stream().anyMatch(p -> p.endsWith(path)), "OpenAPI documents " + path + ": " + paths.keySet());
        }
        Reply metrics = api.getAny("metrics", "admin");
        assertEquals(200, metrics.status(), metrics.body());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text");
    }

    @Test
    void wrongPasswordIsRefused() {
        Reply wrong = api.getAs("api/me", "admin", "nicht-demo");
        assertEquals(401, wrong.status());
        assertEquals("AUTHENTICATION_FAILED", wrong.code());
        assertEquals(200, api.get("api/me", "admin").status());
    }

    @Test
    void whyAKennzahlIsNotComputableIsSaidInTheLanguageOfTheRequest() {
        // no basis figures in 2012: K2 is "nicht berechenbar", and the reason names the missing series and month
        JsonObject german = api.get("api/controlling/kpis/K2?month=2012-06", "ee-controlling").json();
        assertTrue(!german.containsKey("value") || german.isNull("value"), german.toString());
        assertTrue(german.getString("reason").matches("Es fehlt .+ für \\d\\d/\\d{4}\\."), german.getString("reason"));
        Reply english = api.getIn("api/controlling/kpis/K2?month=2012-06", "ee-controlling", "en-US,en;q=0.9,de;q=0.8");
        assertEquals(200, english.status(), english.body());
        String reason = english.json().getString("reason");
        assertTrue(reason.matches("[A-Z].+ is missing for \\d\\d/\\d{4}\\."), reason);
        assertEquals("Integrations", english.json().getString("numeratorSeries"), "series names in English too");
        assertEquals("Integrationen", german.getString("numeratorSeries"));
        assertEquals("K2", english.json().getString("code"), "field names and codes do not depend on the language");
    }

    @Test
    void aUserOfElbeElsterCannotReadOrChangeRotenburgsData() {
        JsonObject rotenburg = api.get("api/jobcenters/26706", "row-gf").json();
        String change = "{\"managingDirector\":\"Übernahme\",\"version\":" + rotenburg.getJsonNumber("version") + "}";
        Reply refused = api.put("api/jobcenters/26706/profile", "ee-gf", change);
        assertEquals(403, refused.status());
        assertEquals("TENANT_FORBIDDEN", refused.code());
        assertFalse("Übernahme".equals(api.get("api/jobcenters/26706", "row-gf").json().getString("managingDirector", "")));

        Reply foreignAudit = api.get("api/audit?agencyNumber=26706", "ee-gf");
        assertEquals(403, foreignAudit.status());
        assertEquals("TENANT_FORBIDDEN", foreignAudit.code());
        assertEquals("Diese Daten gehören zu einem anderen Jobcenter.", foreignAudit.json().getString("detail"),
                "German without Accept-Language");
        Reply english = api.getIn("api/audit?agencyNumber=26706", "ee-gf", "en-US,en;q=0.9,de;q=0.8");
        assertEquals("TENANT_FORBIDDEN", english.code(), "the code does not depend on the language");
        assertEquals("These data belong to another Jobcenter.", english.json().getString("detail"));
        assertEquals("Nicht erlaubt", api.getIn("api/audit?agencyNumber=26706", "ee-gf", "fr, de;q=0.5").json()
                .getString("title"), "German when German is preferred over English");
        Reply ownAudit = api.get("api/audit?size=1000", "row-gf");
        assertTrue(ownAudit.json().getJsonArray("items").stream()
                .noneMatch(item -> "03504".equals(item.asJsonObject().getString("agencyNumber", null))));
    }

    @Test
    void gremiumCannotCreateAUser() {
        String name = "gremium-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"username\":" + quote(name) + ",\"displayName\":\"X\",\"agencyNumber\":\"03504\","
                + "\"roles\":[\"ADMIN\"],\"password\":\"Sicheres-Passwort-1\"}";
        Reply refused = api.post("api/users", "ee-gremium", body);
        assertEquals(403, refused.status());
        assertEquals("ROLE_MISSING", refused.code());
        assertEquals(404, api.get("api/users/" + name, "admin").status());
        assertEquals(201, api.post("api/users", "admin", body.replace("\"ADMIN\"", "\"GREMIUM\"")).status());
    }

    @Test
    void aChangeWritesAnAuditEntry() {
        JsonObject own = api.get("api/jobcenters/26706", "row-gf").json();
        String city = "Ort " + UUID.randomUUID().toString().substring(0, 6);
        String change = "{\"city\":" + quote(city) + ",\"version\":" + own.getJsonNumber("version") + "}";
        assertEquals(200, api.put("api/jobcenters/26706/profile", "row-gf", change).status());
        JsonObject entry = api.get("api/audit?entityType=Jobcenter&entityId=26706&action=UPDATE&size=1", "admin").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("row-gf", entry.getString("username"));
        assertTrue(entry.getJsonArray("changes").stream().map(v -> v.asJsonObject())
                .anyMatch(c -> c.getString("field").equals("city") && c.getString("newValue").equals(city)), entry.toString());
    }

    @Test
    void securityHeadersAndSessionCookieAreSet() throws Exception {
        HttpResponse<String> login = plainGet("login.xhtml");
        var headers = login.headers();
        assertTrue(headers.allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("frame-ancestors 'none'")));
        assertTrue(headers.allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("script-src 'self' 'nonce-")));
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""));
        String cookie = headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=strict"), cookie);
        assertFalse(STACK_TRACE.matcher(login.body()).find());
    }

    @Test
    void errorsNeverShowAStackTrace() {
        Reply badJson = api.put("api/jobcenters/03504/profile", "ee-gf", "{kein json");
        assertEquals(400, badJson.status(), badJson.body());
        assertTrue(badJson.isProblem());
        assertFalse(STACK_TRACE.matcher(badJson.body()).find(), badJson.body());
        Reply unknown = api.get("api/gibt-es-nicht", "ee-gf");
        assertEquals(404, unknown.status());
        assertTrue(unknown.isProblem());
    }
}
