package de.leitstand.kernel.it;

import de.leitstand.kernel.testing.ApiClient;
import de.leitstand.kernel.testing.ApiClient.Reply;
import de.leitstand.kernel.testing.ItDeployment;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.UUID;

import static de.leitstand.kernel.testing.ApiClient.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kernel on Payara Micro with a real database: registry, user administration, password rules,
 * roles, tenancy, optimistic locking and the audit trail, driven over its REST API.
 * Each test makes its own data (unique usernames), so the tests are independent of each other.
 */
@ExtendWith(ArquillianExtension.class)
class KernelIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of("kernel-it");
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String newUser(String username, String agency, String role, String password) {
        return "{\"username\":" + quote(username) + ",\"displayName\":\"Test " + username + "\",\"agencyNumber\":"
                + quote(agency) + ",\"roles\":[" + quote(role) + "],\"password\":" + quote(password) + "}";
    }

    @Test
    void registryHoldsAll405JobcentersAndFilters() {
        JsonObject all = api.get("api/jobcenters?size=1000", "ee-team").json();
        assertEquals(405, all.getInt("total"));
        assertEquals(405, all.getJsonArray("items").size());
        assertEquals(104, api.get("api/jobcenters?type=zkT&size=1", "ee-team").json().getInt("total"));
        assertEquals(301, api.get("api/jobcenters?type=gE&size=1", "ee-team").json().getInt("total"));

        JsonObject elbeElster = api.get("api/jobcenters/03504", "ee-team").json();
        assertEquals("Elbe-Elster", elbeElster.getString("name"));
        assertEquals("gE", elbeElster.getString("typeCode"));
        JsonObject rotenburg = api.get("api/jobcenters?q=rotenburg%20(w", "ee-team").json();
        assertEquals(1, rotenburg.getInt("total"), rotenburg.toString());
        assertEquals("26706", rotenburg.getJsonArray("items").getJsonObject(0).getString("agencyNumber"));
        assertEquals("ZKT", rotenburg.getJsonArray("items").getJsonObject(0).getString("type"));
        assertEquals(1, api.get("api/jobcenters?q=03504", "ee-team").json().getInt("total"), "search by number");

        JsonObject page2 = api.get("api/jobcenters?page=1&size=100", "ee-team").json();
        assertEquals(100, page2.getJsonArray("items").size());
        assertEquals(1, page2.getInt("page"));
    }

    @Test
    void badRegistryRequestsAreRefusedWithProblems() {
        Reply tooLarge = api.get("api/jobcenters?size=1001", "ee-team");
        assertEquals(400, tooLarge.status());
        assertTrue(tooLarge.isProblem(), tooLarge.contentType());
        assertEquals("PAGE_SIZE_INVALID", tooLarge.code());
        Reply badType = api.get("api/jobcenters?type=xyz", "ee-team");
        assertEquals("JOBCENTER_TYPE_INVALID", badType.code());
        Reply unknown = api.get("api/jobcenters/99999", "ee-team");
        assertEquals(404, unknown.status());
        assertEquals("JOBCENTER_NOT_FOUND", unknown.code());
        assertEquals(404, api.get("api/nothing-here", "ee-team").status());
    }

    @Test
    void apiNeedsValidCredentials() {
        Reply anonymous = api.get("api/jobcenters", null);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.isProblem());
        assertEquals("AUTHENTICATION_REQUIRED", anonymous.code());
        Reply wrong = api.getAs("api/me", "ee-gf", "falsch");
        assertEquals(401, wrong.status());
        assertEquals("AUTHENTICATION_FAILED", wrong.code());
        Reply unknownUser = api.getAs("api/me", "niemand", "demo");
        assertEquals(401, unknownUser.status());

        JsonObject me = api.get("api/me", "ee-gf").json();
        assertEquals("ee-gf", me.getString("username"));
        assertEquals("03504", me.getJsonObject("jobcenter").getString("agencyNumber"));
        assertFalse(me.getBoolean("national"));
    }

    @Test
    void repeatedWrongPasswordsLockTheUserUntilAnAdminUnlocks() {
        String name = unique("sperre");
        String password = "Sicheres-Passwort-7";
        assertEquals(201, api.post("api/users", "admin", newUser(name, "03504", "GREMIUM", password)).status());
        for (int i = 0; i < 3; i++) {
            assertEquals("AUTHENTICATION_FAILED", api.getAs("api/me", name, "falsch-" + i).code());
        }
        Reply locked = api.getAs("api/me", name, password);
        assertEquals(429, locked.status(), "locked: even the right password is refused");
        assertEquals("LOGIN_LOCKED", locked.code());
        JsonObject lock = api.get("api/audit?entityType=LoginLock&entityId=user:" + name, "ee-gf").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("LOCK", lock.getString("action"), "the Geschäftsführung of the user's Jobcenter sees the lock");
        assertEquals("Benutzer " + name, lock.getString("subject"));

        assertEquals("ROLE_MISSING", api.post("api/users/" + name + "/unlock", "ee-gf", "").code());
        Reply unlocked = api.post("api/users/" + name + "/unlock", "admin", "");
        assertEquals(200, unlocked.status(), unlocked.body());
        assertTrue(unlocked.json().getBoolean("locked"));
        assertEquals(200, api.getAs("api/me", name, password).status(), "unlocked");
        JsonObject end = api.get("api/audit?entityType=LoginLock&entityId=user:" + name + "&action=UNLOCK", "admin").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("admin", end.getString("username"));
        assertFalse(api.post("api/users/" + name + "/unlock", "admin", "").json().getBoolean("locked"), "not locked any more");
    }

    @Test
    void adminManagesUsersAndPasswordRulesApply() {
        String name = unique("nutzer");
        Reply weak = api.post("api/users", "admin", newUser(name, "03504", "CONTROLLING", "kurz"));
        assertEquals(400, weak.status());
        assertEquals("PASSWORD_WEAK", weak.code());
        assertTrue(weak.json().getJsonArray("errors").size() >= 2, weak.body());
        assertEquals(404, api.get("api/users/" + name, "admin").status(), "a refused request changes nothing");

        Reply noJobcenter = api.post("api/users", "admin", newUser(name, null, "CONTROLLING", "Sicheres-Passwort-1"));
        assertEquals("USER_JOBCENTER_REQUIRED", noJobcenter.code());
        Reply unknownJobcenter = api.post("api/users", "admin", newUser(name, "99999", "CONTROLLING", "Sicheres-Passwort-1"));
        assertEquals("JOBCENTER_NOT_FOUND", unknownJobcenter.code());
        Reply badName = api.post("api/users", "admin", newUser("Groß Buchstaben", "03504", "CONTROLLING", "Sicheres-Passwort-1"));
        assertEquals(400, badName.status());
        assertEquals("username", badName.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Reply created = api.post("api/users", "admin", newUser(name, "03504", "CONTROLLING", "Sicheres-Passwort-1"));
        assertEquals(201, created.status(), created.body());
        assertEquals("Elbe-Elster", created.json().getString("jobcenterName"));
        assertEquals(200, api.getAs("api/me", name, "Sicheres-Passwort-1").status());
        assertEquals("USERNAME_TAKEN",
                api.post("api/users", "admin", newUser(name, "03504", "CONTROLLING", "Sicheres-Passwort-1")).code());

        long version = created.json().getJsonNumber("version").longValue();
        String disable = "{\"displayName\":\"Gesperrt\",\"agencyNumber\":\"03504\",\"roles\":[\"CONTROLLING\"],"
                + "\"enabled\":false,\"version\":" + version + "}";
        Reply disabled = api.put("api/users/" + name, "admin", disable);
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().getBoolean("enabled"));
        assertEquals(401, api.getAs("api/me", name, "Sicheres-Passwort-1").status(), "a disabled user cannot log in");
        Reply stale = api.put("api/users/" + name, "admin", disable);
        assertEquals(409, stale.status());
        assertEquals("CONCURRENT_MODIFICATION", stale.code());

        String enable = disable.replace("\"enabled\":false", "\"enabled\":true")
                .replace("\"version\":" + version, "\"version\":" + disabled.json().getJsonNumber("version").longValue());
        assertEquals(200, api.put("api/users/" + name, "admin", enable).status());
        assertEquals(204, api.post("api/users/" + name + "/password", "admin", "{\"newPassword\":\"Neues-Passwort-22\"}").status());
        assertEquals(401, api.getAs("api/me", name, "Sicheres-Passwort-1").status());
        assertEquals(200, api.getAs("api/me", name, "Neues-Passwort-22").status());
    }

    @Test
    void onlyAdminAdministersUsers() {
        String name = unique("verboten");
        for (String user : new String[]{"ee-gremium", "ee-gf", "row-controlling"}) {
            Reply refused = api.post("api/users", user, newUser(name, "03504", "GREMIUM", "Sicheres-Passwort-1"));
            assertEquals(403, refused.status(), user);
            assertEquals("ROLE_MISSING", refused.code());
            assertEquals(403, api.get("api/users", user).status());
        }
        assertEquals(404, api.get("api/users/" + name, "admin").status(), "nothing was created");
    }

    @Test
    void jobcentersEditOnlyTheirOwnProfileAndEveryChangeIsAudited() {
        JsonObject own = api.get("api/jobcenters/03504", "ee-gf").json();
        String director = "Geschäftsführerin " + UUID.randomUUID().toString().substring(0, 6);
        Reply saved = api.put("api/jobcenters/03504/profile", "ee-gf", profile(director, own.getJsonNumber("version").longValue()));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(director, saved.json().getString("managingDirector"));

        Reply stale = api.put("api/jobcenters/03504/profile", "ee-gf", profile("Überschrieben", own.getJsonNumber("version").longValue()));
        assertEquals(409, stale.status());
        assertEquals(director, api.get("api/jobcenters/03504", "ee-gf").json().getString("managingDirector"));

        JsonObject other = api.get("api/jobcenters/26706", "ee-gf").json();
        Reply foreign = api.put("api/jobcenters/26706/profile", "ee-gf", profile("Fremd", other.getJsonNumber("version").longValue()));
        assertEquals(403, foreign.status());
        assertEquals("TENANT_FORBIDDEN", foreign.code());
        assertFalse("Fremd".equals(api.get("api/jobcenters/26706", "row-gf").json().getString("managingDirector", "")));
        Reply notManagement = api.put("api/jobcenters/03504/profile", "ee-controlling", profile("X", 0));
        assertEquals("ROLE_MISSING", notManagement.code());
        Reply badInput = api.put("api/jobcenters/03504/profile", "ee-gf",
                "{\"postalCode\":\"123\",\"website\":\"ftp://x\",\"version\":0}");
        assertEquals(400, badInput.status());
        assertEquals(2, badInput.json().getJsonArray("errors").size(), badInput.body());

        JsonObject entry = api.get("api/audit?entityType=Jobcenter&entityId=03504&size=1", "ee-gf").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("ee-gf", entry.getString("username"));
        assertEquals("UPDATE", entry.getString("action"));
        assertEquals("03504", entry.getString("agencyNumber"));
        JsonObject change = entry.getJsonArray("changes").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("field").equals("managingDirector")).findFirst().orElseThrow();
        assertEquals(director, change.getString("newValue"));
    }

    @Test
    void auditTrailIsScopedToTheOwnJobcenter() {
        assertEquals("TENANT_FORBIDDEN", api.get("api/audit?agencyNumber=26706", "ee-gf").code());
        JsonObject own = api.get("api/audit?size=1000", "ee-gf").json();
        assertTrue(own.getJsonArray("items").stream()
                .allMatch(item -> "03504".equals(item.asJsonObject().getString("agencyNumber", null))), own.toString());
        assertEquals(403, api.get("api/audit", "ee-controlling").status());
        assertTrue(api.get("api/audit?agencyNumber=26706&size=1", "admin").status() == 200);
        assertEquals("DATE_INVALID", api.get("api/audit?from=31.12.2020", "admin").code());
    }

    @Test
    void usersChangeTheirOwnPassword() {
        String name = unique("selbst");
        assertEquals(201, api.post("api/users", "admin", newUser(name, "26706", "GREMIUM", "Erstes-Passwort-1")).status());
        String wrong = "{\"currentPassword\":\"falsch\",\"newPassword\":\"Zweites-Passwort-2\"}";
        Reply refused = api.postAs("api/me/password", name, "Erstes-Passwort-1", wrong);
        assertEquals("PASSWORD_WRONG", refused.code());
        Reply ok = api.postAs("api/me/password", name, "Erstes-Passwort-1", "{\"currentPassword\":\"Erstes-Passwort-1\",\"newPassword\":\"Zweites-Passwort-2\"}");
        assertEquals(204, ok.status(), ok.body());
        assertEquals(200, api.getAs("api/me", name, "Zweites-Passwort-2").status());
    }

    private static String profile(String director, long version) {
        return "{\"managingDirector\":" + quote(director) + ",\"street\":\"Teststraße 1\",\"postalCode\":\"04916\","
                + "\"city\":\"Teststadt\",\"email\":null,\"phone\":null,\"website\":null,\"version\":" + version + "}";
    }
}
