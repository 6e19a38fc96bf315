package de.leitstand.web.it;

import de.leitstand.kernel.testing.ApiClient;
import de.leitstand.kernel.testing.ApiClient.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The target agreement cascade (§ 48b SGB II) through the API of the running application: a full planning
 * round for a gE (Elbe-Elster 03504 with the Regionaldirektion Berlin-Brandenburg, rd-bb) and for a zkT
 * (Rotenburg (Wümme) 26706 with the Land Niedersachsen, land-nds) — basis, offer, renegotiation, revised
 * offer, acceptance, agreement, programme updated — and the refusals: a level outside its region, a Land for
 * a gE, changes after the agreement, a Jobcenter reading another's round. Each test works in a year of its own.
 */
@ExtendWith(LeitstandServer.class)
class TargetAgreementIT {

    private static final String ROUNDS = "api/planning/target-agreements";

    private final URL base = LeitstandServer.url();
    private ApiClient api;
    private int year;

    /** The years this class has taken in this run (each test works in a year of its own). */
    private static final java.util.Set<Integer> TAKEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @BeforeEach
    void client() {
        api = new ApiClient(base);
        // a year no other test of this run has used: no programme of either Jobcenter, no round of either level
        do {
            year = ThreadLocalRandom.current().nextInt(2070, 2100);
        } while (!TAKEN.add(year) || !unused(year));
    }

    private boolean unused(int candidate) {
        for (String user : new String[] {"ee-gf", "row-gf"}) {
            if (!array(api.get("api/planning/programmes?year=" + candidate, user)).isEmpty()) {
                return false;
            }
        }
        for (String level : new String[] {"rd-bb", "land-nds"}) {
            if (!array(api.get(ROUNDS + "?year=" + candidate, level)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aGemeinsameEinrichtungAgreesItsTargetsWithTheRegionaldirektion() {
        // the programme of the year, agreed in the Trägerversammlung before the round ends
        JsonObject programme = programme("ee-gf", 1141, "23.4", "-10.8");
        programme = agreeProgramme("ee-gf", programme);

        JsonObject round = expect(201, api.post(ROUNDS, "rd-bb", basis("03504", "24.0", "26.0")));
        assertEquals("BASIS_PUBLISHED", round.getString("status"));
        assertEquals("RD:BERLIN_BRANDENBURG", round.getString("level"));
        long id = round.getJsonNumber("id").longValue();
        String path = ROUNDS + "/" + id;

        // refusals: a Land for a gE, a level outside its region, another Jobcenter
        assertEquals("TENANT_FORBIDDEN", api.post(ROUNDS, "land-nds", basis("25104", "20.0", null)).code(), "a Land publishes for no gE");
        assertEquals("TENANT_FORBIDDEN", api.get(path, "land-nds").code(), "a Land reads no gE's round");
        assertEquals("TENANT_FORBIDDEN", api.post(ROUNDS, "rd-bb", basis("25104", "20.0", null)).code(),
                "Harburg belongs to the Regionaldirektion Niedersachsen-Bremen");
        assertEquals("TENANT_FORBIDDEN", api.post(ROUNDS, "rd-bb", basis("26706", "20.0", null)).code(), "a Regionaldirektion has no zkT");
        assertEquals("TENANT_FORBIDDEN", api.get(path, "row-gf").code(), "a Jobcenter reads no other's round");
        assertEquals("TENANT_FORBIDDEN", api.get(ROUNDS + "?agencyNumber=03504", "row-gf").code());
        assertEquals("ROLE_MISSING", api.post(path + "/offer", "rd-bb", offer("21.0", "25.5", version(round))).code(), "the level offers nothing");
        assertEquals("AGREEMENT_EXISTS", api.post(ROUNDS, "rd-bb", basis("03504", "24.0", null)).code());

        round = expect(200, api.post(path + "/offer", "ee-gf", offer("21.0", "25.5", version(round))));
        assertEquals("OFFER_SUBMITTED", round.getString("status"));
        assertEquals(1141, round.getJsonObject("offer").getInt("integrations"), "from the programme's targets");
        assertEquals(4876, round.getJsonObject("offer").getInt("averageElb"), "1.141 / 23,4 %");
        assertEquals("BELOW", round.getString("rateAgainstReference"));

        assertEquals("AGREEMENT_REASON_REQUIRED", api.post(path + "/renegotiation", "rd-bb", step(null, version(round))).code());
        round = expect(200, api.post(path + "/renegotiation", "rd-bb",
                step("Die Integrationsquote liegt unter dem Korridor von 24,0 bis 26,0 %.", version(round))));
        assertEquals("RENEGOTIATION_REQUESTED", round.getString("status"));

        // the Jobcenter revises its agreed programme and offers again
        JsonObject revised = expect(201, api.post("api/planning/programmes/" + id(programme) + "/revise", "ee-gf",
                "{\"reason\":\"Nachverhandlung mit der Regionaldirektion\",\"version\":" + version(programme.getJsonObject("summary")) + "}"));
        revised = targets("ee-gf", revised, 1200, "24.6", "-11.0");
        agreeProgramme("ee-gf", revised);
        round = expect(200, api.post(path + "/offer", "ee-gf", offer("22.5", "26.5", version(round))));
        assertEquals(2, round.getInt("offerRound"));
        assertEquals("WITHIN", round.getString("rateAgainstReference"));

        round = expect(200, api.post(path + "/acceptance", "rd-bb", step("Angebot im Korridor.", version(round))));
        assertEquals("ACCEPTED", round.getString("status"));
        assertEquals("ROLE_MISSING", api.post(path + "/conclusion", "rd-bb", conclusion(version(round))).code());

        round = expect(200, api.post(path + "/conclusion", "ee-gf", conclusion(version(round))));
        assertEquals("AGREED", round.getString("status"));
        assertEquals("24.6", round.getJsonObject("agreed").getJsonNumber("integrationRate").bigDecimalValue().toPlainString());
        assertTrue(round.getJsonArray("parties").toString().contains("Regionaldirektion Berlin-Brandenburg"), round.toString());
        assertTrue(round.getJsonArray("parties").toString().contains("Kommunaler Träger des Jobcenters Elbe-Elster"), round.toString());
        assertEquals(6, round.getJsonArray("steps").size(), "basis, offer, renegotiation, offer, acceptance, signature");
        assertEquals("rd-bb", round.getJsonArray("steps").getJsonObject(2).getString("actor"));
        assertTrue(round.getJsonArray("steps").getJsonObject(2).getString("reason").contains("Korridor"));

        // the agreed programme was revised with the agreement as reason, and took the agreed targets
        JsonObject current = expect(200, api.get("api/planning/programmes/current?year=" + year, "ee-gf"));
        assertEquals(round.getJsonNumber("programmeId").longValue(), id(current));
        assertNotEquals(id(revised), id(current));
        assertEquals("FORTGESCHRIEBEN", current.getJsonObject("summary").getString("status"));
        assertTrue(current.getJsonObject("summary").getString("revisionReason").startsWith("Zielvereinbarung " + year), current.toString());
        assertEquals(1200, current.getJsonObject("targets").getInt("integrations"));
        assertEquals("-11.0", current.getJsonObject("targets").getJsonNumber("lzbChangePercent").bigDecimalValue().toPlainString());

        // immutable
        assertEquals("AGREEMENT_CONCLUDED", api.post(path + "/renegotiation", "rd-bb", step("noch einmal", version(round))).code());
        assertEquals("AGREEMENT_CONCLUDED", api.post(path + "/offer", "ee-gf", offer("30.0", "30.0", version(round))).code());
        assertEquals("AGREEMENT_CONCLUDED", api.post(path + "/conclusion", "ee-gf", conclusion(version(round) - 1)).code());

        // the level sees its Jobcenter's round, plans, tracking, and nothing else
        JsonObject overview = expect(200, api.get(ROUNDS + "/overview?year=" + year, "rd-bb"));
        assertEquals("Regionaldirektion Berlin-Brandenburg", overview.getString("levelName"));
        JsonObject row = overview.getJsonArray("rows").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("agencyNumber").equals("03504")).findFirst().orElseThrow();
        assertEquals("AGREED", row.getString("status"));
        assertTrue(overview.getJsonNumber("integrations").longValue() >= 1200);
        assertEquals(23, overview.getInt("jobcenters"), "the gE of Berlin and Brandenburg");
        assertEquals("AGREEMENT_LEVEL_ONLY", api.get(ROUNDS + "/overview?year=" + year, "ee-gf").code());
        expect(200, api.get("api/planning/programmes/current?year=" + year + "&agencyNumber=03504", "rd-bb"));
        assertEquals("ROLE_MISSING", api.put("api/planning/programmes/" + id(current) + "/targets", "rd-bb",
                "{\"integrations\":1,\"version\":" + version(current.getJsonObject("summary")) + "}").code());
        expect(200, api.get("api/controlling/tracking?month=2020-03&agencyNumber=03504", "rd-bb"));
        assertEquals("TENANT_FORBIDDEN", api.get("api/controlling/tracking?month=2020-03&agencyNumber=26706", "rd-bb").code());
        assertEquals("TENANT_FORBIDDEN", api.get("api/planning/programmes?agencyNumber=25104", "rd-bb").code());
        Reply export = api.getAny("api/reporting/exports/zielvereinbarungen?format=csv&year=" + year, "rd-bb");
        assertEquals(200, export.status(), export.toString());
        assertTrue(export.body().contains("Elbe-Elster"), export.body());
    }

    @Test
    void aZugelassenerKommunalerTraegerAgreesItsTargetsWithTheLand() {
        JsonObject programme = programme("row-gf", 600, "18.0", "-5.0");
        JsonObject round = expect(201, api.post(ROUNDS, "land-nds", basis("26706", "19.0", null)));
        assertEquals("LAND:NI", round.getString("level"));
        String path = ROUNDS + "/" + round.getJsonNumber("id").longValue();
        assertEquals("TENANT_FORBIDDEN", api.get(path, "rd-bb").code(), "a Regionaldirektion reads no zkT's round");
        assertEquals("TENANT_FORBIDDEN", api.get(path, "ee-gf").code());

        round = expect(200, api.post(path + "/offer", "row-gf", offer("17.0", "19.0", version(round))));
        round = expect(200, api.post(path + "/renegotiation", "land-nds", step("Bitte den Referenzwert von 19,0 % erreichen.", version(round))));
        programme = targets("row-gf", programme, 640, "19.2", "-6.0");
        round = expect(200, api.post(path + "/offer", "row-gf", offer("18.0", "20.4", version(round))));
        assertEquals("ABOVE", round.getString("rateAgainstReference"));
        round = expect(200, api.post(path + "/acceptance", "land-nds", step(null, version(round))));
        round = expect(200, api.post(path + "/conclusion", "row-gf", conclusion(version(round))));
        assertEquals("AGREED", round.getString("status"));
        assertEquals(2, round.getJsonArray("parties").size());
        assertTrue(round.getJsonArray("parties").getString(0).contains("Land Niedersachsen"), round.toString());
        assertTrue(round.getJsonArray("parties").getString(1).contains("Zugelassener kommunaler Träger Rotenburg (Wümme)"), round.toString());

        // a draft programme takes the agreed targets without a revision
        JsonObject current = expect(200, api.get("api/planning/programmes/current?year=" + year, "row-gf"));
        assertEquals(id(programme), id(current));
        assertEquals(round.getJsonNumber("programmeId").longValue(), id(current));
        assertEquals(640, current.getJsonObject("targets").getInt("integrations"));
        assertEquals("AGREEMENT_CONCLUDED", api.post(path + "/acceptance", "land-nds", step(null, version(round))).code());

        JsonObject overview = expect(200, api.get(ROUNDS + "/overview?year=" + year, "land-nds"));
        assertEquals("Land Niedersachsen", overview.getString("levelName"));
        assertTrue(overview.getJsonArray("rows").stream().allMatch(r -> !r.asJsonObject().getString("agencyNumber").equals("25104")),
                "the Land's overview lists only its zkT");
        Reply list = api.get(ROUNDS + "?year=" + year, "land-nds");
        assertEquals(200, list.status(), list.toString());
        assertTrue(ApiClient.parse(list.body()).asJsonArray().stream()
                .allMatch(r -> r.asJsonObject().getString("agencyNumber").equals("26706")), "the Land's rounds: its zkT only");
    }

    @Test
    void theLevelHoldsTheZielnachhaltedialogWithItsJobcenterAndFollowsUpTheActionsAgreedInIt() {
        String reviews = "api/controlling/reviews";
        String assessment = "Integrationen unter dem Zielpfad " + year;
        String body = "{\"heldOn\":\"2020-11-20\",\"figuresMonth\":\"2020-09\",\"participants\":\"RD und Geschäftsführung\","
                + "\"assessment\":\"" + assessment + "\",\"kpiCodes\":[\"K2\"]}";
        JsonObject dialogue = expect(200, api.post(reviews + "?agencyNumber=03504", "rd-bb", body));
        assertEquals("Regionaldirektion Berlin-Brandenburg", dialogue.getString("levelParticipant"));
        assertEquals("K2", dialogue.getJsonArray("kpis").getJsonObject(0).getString("code"), "the figures of the day are kept");
        long id = dialogue.getJsonNumber("id").longValue();

        // the level agrees an action in its dialogue; the Jobcenter sees dialogue and action, another level sees nothing
        JsonObject action = expect(200, api.post(reviews + "/" + id + "/actions", "rd-bb",
                "{\"description\":\"Absolventenmanagement verstärken\",\"owner\":\"Bereichsleitung Markt\",\"dueDate\":\"2020-12-31\"}"));
        JsonObject seen = array(api.get(reviews, "ee-gf")).stream().map(v -> v.asJsonObject())
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(1, seen.getJsonArray("actions").size());
        assertEquals("Regionaldirektion Berlin-Brandenburg", seen.getString("levelParticipant"));
        assertEquals("TENANT_FORBIDDEN", api.post(reviews + "?agencyNumber=03504", "land-nds", body).code(), "a Land holds no dialogue with a gE");
        assertEquals("TENANT_FORBIDDEN", api.get(reviews + "?agencyNumber=03504", "land-nds").code());
        assertEquals("TENANT_FORBIDDEN", api.post(reviews + "?agencyNumber=26706", "rd-bb", body).code(), "a Regionaldirektion has no zkT");

        // the Jobcenter's internal dialogues stay its own: the level reads them but agrees no action in them
        JsonObject internal = array(api.get(reviews + "?agencyNumber=03504", "rd-bb")).stream().map(v -> v.asJsonObject())
                .filter(r -> !r.containsKey("levelParticipant") || r.isNull("levelParticipant")).findFirst().orElseThrow();
        assertEquals("REVIEW_INTERNAL", api.post(reviews + "/" + internal.getJsonNumber("id") + "/actions", "rd-bb",
                "{\"description\":\"x\",\"owner\":\"y\",\"dueDate\":\"2020-12-31\"}").code());

        // the level reports the action done (with its version), as the Jobcenter may
        JsonObject done = expect(200, api.post("api/controlling/steering-actions/" + action.getJsonNumber("id") + "/done?version="
                + action.getJsonNumber("version"), "rd-bb", ""));
        assertEquals("ERLEDIGT", done.getString("status"));
    }

    @Test
    void theRegistryPlacesEveryJobcenterAndAdminCorrectsIt() {
        JsonObject elbeElster = expect(200, api.get("api/jobcenters/03504", "rd-bb"));
        assertEquals("BB", elbeElster.getString("land"));
        assertEquals("BERLIN_BRANDENBURG", elbeElster.getString("regionalDirectorate"));
        JsonObject rotenburg = expect(200, api.get("api/jobcenters/26706", "land-nds"));
        assertEquals("NI", rotenburg.getString("land"));
        assertTrue(!rotenburg.containsKey("regionalDirectorate") || rotenburg.isNull("regionalDirectorate"), rotenburg.toString());
        assertEquals("ROLE_MISSING", api.put("api/jobcenters/26706/placement", "land-nds",
                "{\"land\":\"HB\",\"version\":" + rotenburg.getJsonNumber("version") + "}").code());
        assertEquals("PLACEMENT_INCONSISTENT", api.put("api/jobcenters/26706/placement", "admin",
                "{\"land\":\"NI\",\"regionalDirectorate\":\"NIEDERSACHSEN_BREMEN\",\"version\":" + rotenburg.getJsonNumber("version") + "}").code());
        JsonObject same = expect(200, api.put("api/jobcenters/26706/placement", "admin",
                "{\"land\":\"NI\",\"version\":" + rotenburg.getJsonNumber("version") + "}"));
        assertEquals("NI", same.getString("land"));
        Reply members = api.get("api/jobcenters/supervised-by/RD:BERLIN_BRANDENBURG", "rd-bb");
        assertEquals(200, members.status(), members.toString());
        assertEquals(23, ApiClient.parse(members.body()).asJsonArray().size(), "the gE of Berlin (12) and Brandenburg (11)");
        assertEquals("LEVEL_INVALID", api.get("api/jobcenters/supervised-by/RD:MOND", "rd-bb").code());
        JsonObject user = expect(200, api.get("api/users/rd-bb", "admin"));
        assertEquals("RD:BERLIN_BRANDENBURG", user.getString("level"));
        assertEquals("USER_LEVEL_REQUIRED", api.post("api/users", "admin", "{\"username\":\"rd-ohne-ebene\",\"displayName\":\"X\","
                + "\"roles\":[\"REGIONALDIREKTION\"],\"password\":\"Sicheres-Passwort-1\"}").code());
        assertEquals("USER_LEVEL_ROLES", api.post("api/users", "admin", "{\"username\":\"land-falsch\",\"displayName\":\"X\","
                + "\"roles\":[\"LAND\"],\"level\":\"RD:NORD\",\"password\":\"Sicheres-Passwort-1\"}").code());
    }

    // ---------------------------------------------------------------------------------------------

    private JsonObject programme(String user, int integrations, String rate, String lzb) {
        JsonObject created = expect(201, api.post("api/planning/programmes", user, "{\"year\":" + year + ",\"standDate\":\"" + (year - 1) + "-11-01\"}"));
        return targets(user, created, integrations, rate, lzb);
    }

    private JsonObject targets(String user, JsonObject programme, int integrations, String rate, String lzb) {
        return expect(200, api.put("api/planning/programmes/" + id(programme) + "/targets", user, "{\"integrations\":" + integrations
                + ",\"integrationRate\":" + rate + ",\"lzbChangePercent\":" + lzb + ",\"version\":" + version(programme.getJsonObject("summary")) + "}"));
    }

    private JsonObject agreeProgramme(String user, JsonObject programme) {
        JsonObject submitted = expect(200, api.post("api/planning/programmes/" + id(programme) + "/submit", user,
                "{\"version\":" + version(programme.getJsonObject("summary")) + "}"));
        return expect(200, api.post("api/planning/programmes/" + id(programme) + "/agree", user,
                "{\"agreedOn\":\"" + (year - 1) + "-12-01\",\"version\":" + version(submitted.getJsonObject("summary")) + "}"));
    }

    private String basis(String agency, String rateLow, String rateHigh) {
        return "{\"agencyNumber\":\"" + agency + "\",\"year\":" + year + ",\"deadline\":\"" + (year - 1) + "-11-30\","
                + "\"integrationRateLow\":" + rateLow + (rateHigh == null ? "" : ",\"integrationRateHigh\":" + rateHigh)
                + ",\"integrationRateWomenLow\":22.0,\"integrationRateMenLow\":25.0,\"lzbChangeLow\":-12.0,\"lzbChangeHigh\":-8.0,"
                + "\"note\":\"Gemeinsame Planungsgrundlagen " + year + "\"}";
    }

    private static String offer(String women, String men, long version) {
        return "{\"integrationRateWomen\":" + women + ",\"integrationRateMen\":" + men + ",\"note\":\"aus dem Programm\",\"version\":" + version + "}";
    }

    private static String step(String reason, long version) {
        return "{" + (reason == null ? "" : "\"reason\":" + ApiClient.quote(reason) + ",") + "\"version\":" + version + "}";
    }

    private String conclusion(long version) {
        return "{\"concludedOn\":\"" + (year - 1) + "-12-15\",\"version\":" + version + "}";
    }

    private static long id(JsonObject programme) {
        return programme.containsKey("summary") ? programme.getJsonObject("summary").getJsonNumber("id").longValue()
                : programme.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject object) {
        return object.getJsonNumber("version").longValue();
    }

    private static jakarta.json.JsonArray array(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(reply.body()))) {
            return reader.readArray();
        }
    }

    private static JsonObject expect(int status, Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        return reply.json();
    }
}
