package de.leitstand.planning.it;

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

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Planning on Payara Micro with a real database, over its REST API: workflow, immutability of agreed
 * versions, revision, conflicts, tenancy, roles, bad input, team offers and the share import.
 * Each test works on its own year so the tests do not depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
class PlanningIT {

    private static final String BUDGET = "{\"administrationPrevious\":9069867,\"administrationCurrent\":8581009,"
            + "\"integrationPrevious\":7129465,\"integrationCurrent\":7053067,\"kind\":\"SCHAETZWERT\",\"stand\":\"2019-11-01\","
            + "\"transfers\":[{\"date\":\"2020-06-30\",\"amount\":250000,\"note\":\"Umschichtung\"}],"
            + "\"planLines\":[{\"category\":\"VOCATIONAL_TRAINING\",\"amount\":1650000,\"plannedEntries\":550},"
            + "{\"category\":\"WORK_OPPORTUNITIES_AGH\",\"amount\":280000,\"plannedEntries\":160}],"
            + "\"spendingProfile\":[100,100,100,100,100,100,50,50,50,50,50,50],\"version\":%d}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of("planning-it");
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    /**
     * Each test its own year, apart from the years the other modules' ITs use (ControllingIT: 2039–2090),
     * since on PostgreSQL all ITs of a build share one database.
     */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_YEAR = new java.util.concurrent.atomic.AtomicInteger(2091);

    private static int someYear() {
        return NEXT_YEAR.getAndIncrement();
    }

    private JsonObject create(String user, int year) {
        Reply created = api.post("api/planning/programmes", user, "{\"year\":" + year + ",\"standDate\":\"2029-11-14\"}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static long id(JsonObject programme) {
        return programme.getJsonObject("summary").getJsonNumber("id").longValue();
    }

    private static long version(JsonObject programme) {
        return programme.getJsonObject("summary").getJsonNumber("version").longValue();
    }

    @Test
    void controllingPreparesManagementAgreesAndTheAgreedVersionIsImmutable() {
        int year = someYear();
        JsonObject programme = create("row-controlling", year);
        long id = id(programme);
        String path = "api/planning/programmes/" + id;

        Reply targets = api.put(path + "/targets", "row-controlling", "{\"integrations\":1141,\"integrationRate\":23.4,"
                + "\"integrationRateWomen\":21.5,\"integrationRateMen\":25.0,\"previousYearRate\":23.8,\"lzbChangePercent\":-10.8,\"lzbBasis\":\"ANNUAL_AVERAGE\",\"lzbBaseline\":4223,"
                + "\"version\":" + version(programme) + "}");
        assertEquals(200, targets.status(), targets.body());
        JsonObject t = targets.json().getJsonObject("targets");
        assertEquals(4876, t.getInt("impliedAverageElb"));
        assertEquals("-1.7", t.getJsonNumber("rateChangePercent").bigDecimalValue().toPlainString());
        assertEquals(3767, t.getInt("lzbTargetStock"));
        assertEquals("21.5", t.getJsonNumber("integrationRateWomen").bigDecimalValue().toPlainString());
        assertEquals("25.0", t.getJsonNumber("integrationRateMen").bigDecimalValue().toPlainString());

        Reply budget = api.put(path + "/budget", "row-controlling", String.format(BUDGET, version(targets.json())));
        assertEquals(200, budget.status(), budget.body());
        JsonObject b = budget.json().getJsonObject("budget");
        JsonObject vk = b.getJsonArray("rows").getJsonObject(0);
        assertEquals(-488858, vk.getInt("difference"));
        assertEquals("-5.4", vk.getJsonNumber("differencePercent").bigDecimalValue().toPlainString());
        JsonObject total = b.getJsonArray("rows").getJsonObject(2);
        assertEquals(-565256, total.getInt("difference"));
        assertEquals("-3.5", total.getJsonNumber("differencePercent").bigDecimalValue().toPlainString());
        assertEquals(10119114, b.getInt("totalAdministrativeCosts"));
        assertEquals(1538105, b.getInt("municipalAmount"));
        assertEquals(6803067, b.getInt("integrationAvailable"), "EGL less the transfer");
        assertEquals(8831009, b.getInt("administrationAvailable"), "VK plus the transfer");
        assertEquals(4873067, b.getInt("unplannedRemainder"));

        long v = version(budget.json());
        assertEquals("ROLE_MISSING", api.post(path + "/submit", "row-gremium", "{\"version\":" + v + "}").code());
        Reply submitted = api.post(path + "/submit", "row-controlling", "{\"version\":" + v + "}");
        assertEquals("IN_ABSTIMMUNG", submitted.json().getJsonObject("summary").getString("status"));
        v = version(submitted.json());
        Reply notManagement = api.post(path + "/agree", "row-controlling", "{\"agreedOn\":\"2029-12-10\",\"version\":" + v + "}");
        assertEquals(403, notManagement.status());
        assertEquals("ROLE_MISSING", notManagement.code());
        Reply agreed = api.post(path + "/agree", "row-gf", "{\"agreedOn\":\"2029-12-10\",\"version\":" + v + "}");
        assertEquals(200, agreed.status(), agreed.body());
        assertEquals("VEREINBART", agreed.json().getJsonObject("summary").getString("status"));
        assertFalse(agreed.json().getJsonObject("summary").getBoolean("editable"));

        v = version(agreed.json());
        Reply locked = api.put(path + "/sections", "row-gf", "{\"sections\":[{\"title\":\"Vorwort\",\"content\":\"x\"}],\"version\":" + v + "}");
        assertEquals(409, locked.status());
        assertEquals("PROGRAMME_AGREED", locked.code());
        assertEquals(0, api.get(path, "row-gf").json().getJsonArray("sections").size(), "a refused request changes nothing");

        Reply noReason = api.post(path + "/revise", "row-controlling", "{\"reason\":\" \",\"version\":" + v + "}");
        assertEquals(400, noReason.status());
        Reply revised = api.post(path + "/revise", "row-controlling", "{\"reason\":\"Umschichtung im Juni\",\"version\":" + v + "}");
        assertEquals(201, revised.status(), revised.body());
        JsonObject revision = revised.json().getJsonObject("summary");
        assertEquals("FORTGESCHRIEBEN", revision.getString("status"));
        assertEquals(2, revision.getInt("versionNumber"));
        assertFalse(api.get(path, "row-gf").json().getJsonObject("summary").getBoolean("current"));
        assertEquals(2, ApiClient.parse(api.get("api/planning/programmes?year=" + year, "row-gremium").body()).asJsonArray().size());

        long revisionId = revision.getJsonNumber("id").longValue();
        JsonObject revisedTargets = api.get("api/planning/programmes/" + revisionId, "row-controlling").json().getJsonObject("targets");
        assertEquals("21.5", revisedTargets.getJsonNumber("integrationRateWomen").bigDecimalValue().toPlainString(),
                "a revision starts from the targets by gender of its predecessor");
        Reply changed = api.put("api/planning/programmes/" + revisionId + "/targets", "row-controlling",
                "{\"integrations\":1200,\"integrationRate\":24.0,\"version\":" + revision.getJsonNumber("version") + "}");
        assertEquals(200, changed.status(), changed.body());
        JsonObject comparison = api.get("api/planning/programmes/compare?left=" + id + "&right=" + revisionId, "row-gremium").json();
        JsonObject integrations = comparison.getJsonArray("fields").stream().map(f -> f.asJsonObject())
                .filter(f -> f.getString("name").equals("Ziel 2: Integrationen")).findFirst().orElseThrow();
        assertEquals("1.141", integrations.getString("left"));
        assertEquals("1.200", integrations.getString("right"));
        assertTrue(integrations.getBoolean("changed"));
        JsonObject women = comparison.getJsonArray("fields").stream().map(f -> f.asJsonObject())
                .filter(f -> f.getString("name").equals("Ziel 2: Integrationsquote Frauen (%)")).findFirst().orElseThrow();
        assertEquals("21,5", women.getString("left"));
        assertTrue(women.getBoolean("changed"), women.toString());

        JsonObject audit = api.get("api/audit?entityType=Programme&entityId=" + id + "&size=50", "row-gf").json();
        assertTrue(audit.getJsonArray("items").stream().map(i -> i.asJsonObject())
                .anyMatch(i -> i.getString("username").equals("row-gf") && i.getString("action").equals("UPDATE")), audit.toString());
    }

    @Test
    void concurrentEditsEndInAConflict() {
        JsonObject programme = create("row-controlling", someYear());
        String path = "api/planning/programmes/" + id(programme) + "/targets";
        long v = version(programme);
        assertEquals(200, api.put(path, "row-controlling", "{\"integrations\":100,\"version\":" + v + "}").status());
        Reply second = api.put(path, "row-gf", "{\"integrations\":999,\"version\":" + v + "}");
        assertEquals(409, second.status());
        assertEquals("CONCURRENT_MODIFICATION", second.code());
        assertEquals(100, api.get("api/planning/programmes/" + id(programme), "row-gf").json()
                .getJsonObject("targets").getInt("integrations"));
    }

    @Test
    void oneJobcenterCannotSeeOrChangeAnothersPlans() {
        JsonObject programme = create("row-controlling", someYear());
        String path = "api/planning/programmes/" + id(programme);
        assertEquals("TENANT_FORBIDDEN", api.get(path, "ee-gf").code());
        assertEquals("TENANT_FORBIDDEN", api.put(path + "/targets", "ee-controlling",
                "{\"integrations\":1,\"version\":" + version(programme) + "}").code());
        assertTrue(ApiClient.parse(api.get("api/planning/programmes", "ee-gf").body()).asJsonArray().stream()
                .noneMatch(p -> p.asJsonObject().getString("agencyNumber").equals("26706")));
        assertEquals("TENANT_FORBIDDEN", api.post("api/planning/programmes?agencyNumber=26706", "ee-controlling",
                "{\"year\":2031}").code());
        assertEquals(200, api.get(path, "admin").status(), "ADMIN sees all");
    }

    @Test
    void badInputIsRefusedWithNamedFieldsAndChangesNothing() {
        int year = someYear();
        JsonObject programme = create("row-controlling", year);
        String path = "api/planning/programmes/" + id(programme);
        long v = version(programme);
        Reply bad = api.put(path + "/targets", "row-controlling",
                "{\"integrations\":-5,\"integrationRate\":101.25,\"version\":" + v + "}");
        assertEquals(400, bad.status());
        assertEquals(3, bad.json().getJsonArray("errors").size(), bad.body());
        Reply badRateWomen = api.put(path + "/targets", "row-controlling",
                "{\"integrationRate\":23.4,\"integrationRateWomen\":100.5,\"version\":" + v + "}");
        assertEquals(400, badRateWomen.status(), badRateWomen.body());
        assertTrue(badRateWomen.body().contains("integrationRateWomen"), badRateWomen.body());
        Reply outside = api.put(path + "/targets", "row-controlling",
                "{\"integrationRate\":23.4,\"integrationRateWomen\":24.0,\"integrationRateMen\":25.0,\"version\":" + v + "}");
        assertEquals("TARGET_RATE_OUTSIDE_GENDERS", outside.code(), "the total is the ELB-weighted mean of women and men");
        assertTrue(outside.body().contains("integrationRate"), outside.body());
        Reply badBudget = api.put(path + "/budget", "row-controlling", String.format(BUDGET, v).replace("1650000", "-1")
                .replace("280000", "1.555"));
        assertEquals(400, badBudget.status(), badBudget.body());
        assertEquals(2, badBudget.json().getJsonArray("errors").size(), badBudget.body());
        Reply badCategory = api.put(path + "/budget", "row-controlling", String.format(BUDGET, v).replace("VOCATIONAL_TRAINING", "FBW"));
        assertEquals("VALUE_UNKNOWN", badCategory.code());
        assertEquals(200, api.put(path + "/targets", "row-controlling", "{\"integrations\":1200,\"version\":" + v + "}").status());
        JsonObject current = api.get(path, "row-controlling").json();
        Reply path12 = api.put(path + "/target-path", "row-controlling",
                "{\"months\":[1,1,1,1,1,1,1,1,1,1,1,1],\"version\":" + version(current) + "}");
        assertEquals("TARGET_PATH_SUM", path12.code());
        assertTrue(api.get(path, "row-controlling").json().getJsonArray("targetPath").isEmpty());
        assertEquals(12, ApiClient.parse(api.get(path + "/target-path/proposal", "row-controlling").body()).asJsonArray().size());
        assertEquals("PROGRAMME_EXISTS", api.post("api/planning/programmes", "row-gf", "{\"year\":" + year + "}").code());
        assertEquals("ROLE_MISSING", api.post("api/planning/programmes", "row-gremium", "{\"year\":2031}").code());
    }

    @Test
    void teamsOfferAndManagementDecides() {
        String teamName = "Team " + ThreadLocalRandom.current().nextInt(1000) + "-" + ThreadLocalRandom.current().nextInt(100000);
        Reply team = api.post("api/planning/teams", "ee-controlling", "{\"name\":\"" + teamName + "\",\"active\":true}");
        assertEquals(201, team.status(), team.body());
        long teamId = team.json().getJsonNumber("id").longValue();
        int year = someYear();
        Reply offer = api.post("api/planning/offers", "ee-team", "{\"teamId\":" + teamId + ",\"year\":" + year
                + ",\"offeredIntegrations\":300}");
        assertEquals(200, offer.status(), offer.body());
        long offerId = offer.json().getJsonNumber("id").longValue();
        long v = offer.json().getJsonNumber("version").longValue();
        assertEquals("ROLE_MISSING", api.post("api/planning/offers/" + offerId + "/decision", "ee-team",
                "{\"decision\":\"ANGENOMMEN\",\"version\":" + v + "}").code());
        assertEquals("DECISION_VALUE_MISSING", api.post("api/planning/offers/" + offerId + "/decision", "ee-gf",
                "{\"decision\":\"ANGEPASST\",\"version\":" + v + "}").code());
        Reply decided = api.post("api/planning/offers/" + offerId + "/decision", "ee-gf",
                "{\"decision\":\"ANGEPASST\",\"agreedIntegrations\":320,\"version\":" + v + "}");
        assertEquals(320, decided.json().getInt("effectiveIntegrations"));
        JsonObject overview = api.get("api/planning/offers?year=" + year, "ee-gremium").json();
        assertEquals(300, overview.getInt("offeredTotal"));
        assertEquals(320, overview.getInt("effectiveTotal"));
        assertEquals("OFFER_DECIDED", api.post("api/planning/offers", "ee-team", "{\"teamId\":" + teamId + ",\"year\":" + year
                + ",\"offeredIntegrations\":1}").code());
        assertEquals("TENANT_FORBIDDEN", api.get("api/planning/offers?year=" + year + "&agencyNumber=03504", "row-gf").code());
    }

    @Test
    void sharesImportIsAllOrNothingAndFeedsTheEstimate() throws Exception {
        int year = someYear();
        String bad = "traeger_nr,traeger_form,jobcenter,egl_anteil_anl2_pct,egl_anteil_anl3_pct,vk_anteil_anl4_pct,vk_anteil_ge_anl5_pct\n"
                + "03504,gE,Elbe-Elster,\"0,1156\",\"0,1243\",\"0,1416\",\"0,1859\"\n"
                + "3504,gE,Kaputt,abc,\"0,1\",\"0,1\",\n";
        Reply refused = putCsv("api/planning/allocation-shares/" + year, "admin", bad);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("Zeile 3, Spalte 1"), refused.body());
        assertTrue(refused.body().contains("Zeile 3, Spalte 4"), refused.body());
        assertFalse(ApiClient.parse(api.get("api/planning/allocation-shares", "admin").body()).asJsonArray().stream()
                .anyMatch(y -> y.toString().equals(Integer.toString(year))), "nothing imported");
        assertEquals(403, putCsv("api/planning/allocation-shares/" + year, "ee-gf", bad).status());

        String good = bad.substring(0, bad.lastIndexOf("3504,gE,Kaputt"));
        Reply imported = putCsv("api/planning/allocation-shares/" + year, "admin", good);
        assertEquals(200, imported.status(), imported.body());
        JsonObject estimate = api.get("api/planning/estimate?year=" + year + "&integrationAnnex2=2000000000"
                + "&integrationAnnex3=2000000000&administrationAnnex4=5000000000", "ee-controlling").json();
        assertEquals(4798000, estimate.getInt("integrationEstimate"));
        assertEquals(7080000, estimate.getInt("administrationEstimate"));
        assertEquals("SHARES_NOT_FOUND", api.get("api/planning/estimate?year=" + year + "&integrationAnnex2=1", "row-gf").code());
    }

    private Reply putCsv(String path, String user, String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
                .PUT(HttpRequest.BodyPublishers.ofString(csv)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
    }
}
