package de.leitstand.programmes.it;

import de.leitstand.kernel.testing.ApiClient;
import de.leitstand.kernel.testing.ApiClient.Reply;
import de.leitstand.kernel.testing.ItDeployment;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Programmes on Payara Micro with a real database, over the REST API: membership rules, a pact shared
 * with its members and private to everyone else, each member editing only its own rows, closure
 * totals, roles. Each test builds its own programme and pact (Rotenburg leads, Elbe-Elster joins).
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of("programmes-it");
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    /** A programme with phase 1 (2030–2032, 12 pacts nationwide) and a pact led by Rotenburg that Elbe-Elster joins. */
    private JsonObject pact() {
        String name = "Testprogramm " + UUID.randomUUID().toString().substring(0, 6);
        Reply programme = api.post("api/programmes/funding", "row-programme", "{\"name\":\"" + name + "\",\"funder\":\"ESF\","
                + "\"phases\":[{\"number\":1,\"from\":\"2030-01-01\",\"to\":\"2032-12-31\",\"pactsNationwide\":12}],"
                + "\"obligations\":[],\"version\":0}");
        assertEquals(201, programme.status(), programme.body());
        long phaseId = programme.json().getJsonArray("phases").getJsonObject(0).getJsonNumber("id").longValue();
        Reply pact = api.post("api/programmes/pacts", "row-programme", "{\"phaseId\":" + phaseId + ",\"name\":\"Pakt " + name
                + "\",\"leadJoinedOn\":\"2030-01-01\"}");
        assertEquals(201, pact.status(), pact.body());
        Reply joined = api.post("api/programmes/pacts/" + id(pact.json()) + "/members", "row-programme",
                "{\"agencyNumber\":\"03504\",\"date\":\"2030-01-01\",\"version\":" + version(pact.json()) + "}");
        assertEquals(200, joined.status(), joined.body());
        return joined.json();
    }

    private static long id(JsonObject pact) {
        return pact.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject pact) {
        return pact.getJsonNumber("version").longValue();
    }

    private static String figures(int year, int integrations, long version) {
        return "{\"year\":" + year + ",\"budgetSpent\":100000,\"activationsActual\":300,\"integrationsPlanned\":100,"
                + "\"integrationsActual\":" + integrations + ",\"integrationsInsured\":" + (integrations * 8 / 10)
                + ",\"marginalEmployment\":7,\"version\":" + version + "}";
    }

    @Test
    void membershipRulesHold() {
        JsonObject pact = pact();
        String path = "api/programmes/pacts/" + id(pact) + "/members";
        Reply twice = api.post(path, "row-programme", "{\"agencyNumber\":\"03504\",\"date\":\"2031-01-01\",\"version\":" + version(pact) + "}");
        assertEquals(409, twice.status());
        assertEquals("ALREADY_MEMBER", twice.code());
        Reply outside = api.post(path, "row-programme", "{\"agencyNumber\":\"25104\",\"date\":\"2033-01-01\",\"version\":" + version(pact) + "}");
        assertEquals("OUTSIDE_PHASE", outside.code());
        Reply early = api.post(path + "/leave", "row-programme", "{\"agencyNumber\":\"03504\",\"date\":\"2030-01-01\",\"version\":" + version(pact) + "}");
        assertEquals("LEAVE_BEFORE_JOIN", early.code());
        Reply notLead = api.post(path, "ee-programme", "{\"agencyNumber\":\"25104\",\"date\":\"2030-06-01\",\"version\":" + version(pact) + "}");
        assertEquals(403, notLead.status());
        assertEquals("PACT_LEAD_ONLY", notLead.code());

        Reply left = api.post(path + "/leave", "row-programme", "{\"agencyNumber\":\"03504\",\"date\":\"2031-07-01\",\"version\":" + version(pact) + "}");
        assertEquals(200, left.status(), left.body());
        JsonObject asOf = api.get("api/programmes/pacts/" + id(pact) + "/as-of?date=2031-07-01", "ee-programme").json();
        assertEquals(1, asOf.getJsonArray("members").size(), "Elbe-Elster has left, but still sees the pact's history");
        Reply outsideMembership = api.put("api/programmes/pacts/" + id(pact) + "/participation", "ee-programme", figures(2032, 5, 0));
        assertEquals("YEAR_OUTSIDE_MEMBERSHIP", outsideMembership.code());
        assertEquals(200, api.put("api/programmes/pacts/" + id(pact) + "/participation", "ee-programme", figures(2031, 5, 0)).status());
    }

    @Test
    void aPactIsSharedWithItsMembersAndPrivateToOthers() {
        JsonObject pact = pact();
        String path = "api/programmes/pacts/" + id(pact);
        assertEquals(200, api.get(path, "ee-gremium").status(), "members read the pact");
        String outsider = "harburg-" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, api.post("api/users", "admin", "{\"username\":\"" + outsider + "\",\"displayName\":\"Harburg\","
                + "\"agencyNumber\":\"25104\",\"roles\":[\"PROGRAMME\"],\"password\":\"Harburg-Test-1\"}").status());
        Reply refused = api.getAs(path, outsider, "Harburg-Test-1");
        assertEquals(403, refused.status());
        assertEquals("TENANT_FORBIDDEN", refused.code());
        Reply list = api.getAs("api/programmes/pacts", outsider, "Harburg-Test-1");
        assertTrue(ApiClient.parse(list.body()).asJsonArray().stream()
                .noneMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == id(pact)), "non-members see nothing of it");

        assertEquals(200, api.put(path + "/participation", "ee-programme", figures(2030, 40, 0)).status());
        Reply own = api.put(path + "/participation", "row-programme", figures(2030, 90, 0));
        assertEquals(200, own.status(), own.body());
        JsonObject view = own.json();
        JsonObject elbeElster = row(view, "03504", 2030);
        assertEquals(40, elbeElster.getInt("integrationsActual"), "Rotenburg's entry did not touch Elbe-Elster's row");
        assertEquals(false, elbeElster.getBoolean("editable"));
        assertEquals(true, row(view, "26706", 2030).getBoolean("editable"));
        assertEquals(130, view.getJsonObject("pactTotals").getInt("integrations"));

        assertEquals("ROLE_MISSING", api.put(path + "/participation", "ee-gremium", figures(2030, 1, 0)).code());
        assertEquals(400, api.put(path + "/participation", "ee-programme", figures(2030, -1, elbeElster.getJsonNumber("version").longValue())).status());
        assertEquals("BREAKDOWN_EXCEEDS_TOTAL", api.put(path + "/participation", "ee-programme",
                "{\"year\":2030,\"integrationsActual\":5,\"integrationsInsured\":6,\"version\":" + elbeElster.getJsonNumber("version") + "}").code());
        assertEquals("CONCURRENT_MODIFICATION", api.put(path + "/participation", "ee-programme", figures(2030, 41, 99)).code());
    }

    @Test
    void aSharedRecordIsChangedOnlyByItsCreatorOthersPropose() {
        String name = "Koordinierungsstelle " + UUID.randomUUID().toString().substring(0, 6);
        Reply created = api.post("api/programmes/organisations", "row-programme",
                "{\"name\":\"" + name + "\",\"type\":\"KOORDINATION\",\"version\":0}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        String path = "api/programmes/organisations/" + id;
        long read = created.json().getJsonNumber("version").longValue();
        String renamed = "{\"name\":\"Umbenannt\",\"type\":\"KOORDINATION\",\"version\":" + read + "}";

        Reply foreign = api.put(path, "ee-programme", renamed);
        assertEquals(403, foreign.status(), foreign.body());
        assertEquals("SHARED_RECORD_FOREIGN", foreign.code());
        assertTrue(organisationName(id).equals(name), "the refused change changed nothing");

        Reply proposed = api.post(path + "/proposals", "ee-programme", renamed);
        assertEquals(201, proposed.status(), proposed.body());
        long proposal = proposed.json().getJsonNumber("id").longValue();
        assertEquals("OFFEN", proposed.json().getString("status"));
        assertEquals(false, proposed.json().getBoolean("mayDecide"));
        assertEquals("PROPOSAL_NOT_NEEDED", api.post(path + "/proposals", "row-programme", renamed).code());
        assertEquals("PROPOSAL_NOT_ADDRESSED", api.post("api/programmes/proposals/" + proposal + "/accept?version=" + proposed.json().getJsonNumber("version"), "ee-programme", "").code());
        assertTrue(api.get("api/programmes/proposals", "row-gf").body().contains("\"id\":" + proposal), "the creator sees it");
        String outsider = "harburg-" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, api.post("api/users", "admin", "{\"username\":\"" + outsider + "\",\"displayName\":\"Harburg\","
                + "\"agencyNumber\":\"25104\",\"roles\":[\"PROGRAMME\"],\"password\":\"Harburg-Test-1\"}").status());
        assertTrue(!api.getAs("api/programmes/proposals", outsider, "Harburg-Test-1").body().contains("\"id\":" + proposal),
                "nobody else sees it");

        Reply accepted = api.post("api/programmes/proposals/" + proposal + "/accept?version=" + proposed.json().getJsonNumber("version"),
                "row-programme", "");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ANGENOMMEN", accepted.json().getString("status"));
        assertEquals("Umbenannt", organisationName(id));
        assertEquals("PROPOSAL_DECIDED", api.post("api/programmes/proposals/" + proposal + "/reject", "row-programme",
                "{\"reason\":\"zu spät\",\"version\":" + accepted.json().getJsonNumber("version") + "}").code());

        Reply stale = api.post(path + "/proposals", "ee-programme", renamed);
        assertEquals("CONCURRENT_MODIFICATION", stale.code(), "a proposal against an old version is refused");
        Reply admin = api.put(path, "admin", "{\"name\":\"Durch ADMIN\",\"type\":\"KOORDINATION\",\"version\":" + (read + 1) + "}");
        assertEquals(200, admin.status(), admin.body());
    }

    private String organisationName(long id) {
        return ApiClient.parse(api.get("api/programmes/organisations", "ee-gremium").body()).asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow().getString("name");
    }

    @Test
    void closingGivesTheSummaryAndFreezesTheFigures() {
        JsonObject pact = pact();
        String path = "api/programmes/pacts/" + id(pact);
        int[] integrations = {100, 120, 130};
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api.put(path + "/participation", "row-programme", figures(2030 + i, integrations[i], 0)).status());
        }
        Reply early = api.post(path + "/closure", "row-programme", "{\"closedOn\":\"2031-06-01\"}");
        assertEquals("CLOSURE_TOO_EARLY", early.code());
        Reply closed = api.post(path + "/closure", "row-programme", "{\"closedOn\":\"2032-12-31\",\"remark\":\"Programmende\"}");
        assertEquals(200, closed.status(), closed.body());
        JsonObject summary = closed.json();
        assertEquals(350, summary.getJsonObject("totals").getInt("integrations"));
        assertEquals(3, summary.getJsonArray("perYear").size());
        assertEquals(12, summary.getInt("pactsNationwide"));
        assertEquals("Rotenburg (Wümme)", summary.getString("leadName"));
        assertEquals("[\"Elbe-Elster\"]", summary.getJsonArray("partnerJobcenters").toString());
        assertTrue(summary.getBoolean("closed"));
        assertEquals("PARTICIPATION_CLOSED", api.put(path + "/participation", "row-programme", figures(2032, 1, 1)).code());
        assertEquals("PARTICIPATION_CLOSED", api.post(path + "/closure", "row-programme", "{\"closedOn\":\"2033-01-01\"}").code());
        assertEquals(350, api.get(path + "/closure-summary?agencyNumber=26706", "ee-gf").json()
                .getJsonObject("totals").getInt("integrations"), "members read each other's summaries");
    }

    @Test
    void theDemoPactReproducesTheSeedsFacts() {
        JsonObject demo = ApiClient.parse(api.get("api/programmes/pacts", "row-gremium").body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("name").equals("Reife Leistung! Süderelbe packt an."))
                .findFirst().orElseThrow();
        JsonObject summary = api.get("api/programmes/pacts/" + demo.getJsonNumber("id") + "/closure-summary", "row-gremium").json();
        assertEquals(748, summary.getJsonObject("totals").getInt("integrations"));
        assertEquals(76, summary.getInt("pactsNationwide"));
        assertEquals("Harburg", summary.getString("leadName"));
        assertEquals("Süderelbe AG", summary.getString("coordinatorName"));
        assertEquals("2011-01-01", summary.getString("participationFrom"));
        assertEquals("2015-12-31", summary.getString("participationTo"));
        assertEquals(5, summary.getJsonArray("partnerJobcenters").size());
        assertEquals("2014-01-01", summary.getJsonArray("conceptChanges").getJsonObject(0).getString("date"));
    }

    private static JsonObject row(JsonObject pact, String agency, int year) {
        return pact.getJsonArray("participation").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("agencyNumber").equals(agency) && r.getInt("year") == year).findFirst().orElseThrow();
    }
}
