package de.leitstand.web.it;

import de.leitstand.kernel.testing.ApiClient;
import de.leitstand.kernel.testing.ApiClient.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static de.leitstand.kernel.testing.ApiClient.quote;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every operation of {@code /openapi}, called by a user of Rotenburg (Wümme) (26706) on the data of
 * Elbe-Elster (03504), the victim, whose ids come from the victim's own lists at test time. A private
 * operation must answer 403/404 as problem+json, show none of the victim's data and change nothing
 * (the victim's view before and after is compared); an operation shared on purpose is named with its
 * reason and must still show none of the victim's raw data or user names. The test fails when
 * {@code /openapi} lists an operation the table below lacks, when the table names one it no longer
 * has, and lists every leaking operation in one message.
 */
@ExtendWith(LeitstandServer.class)
class CrossTenantIT {

    private static final String VICTIM = "03504";
    private static final String STRONG_PASSWORD = "Sicheres-Passwort-1";
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    private final URL base = LeitstandServer.url();

    private ApiClient api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** the victim's data: ids to aim at and text that must never reach the attacker */
    private final Map<String, String> ids = new TreeMap<>();
    private final List<String> secrets = new ArrayList<>();
    /** one line per request: status, problem code, operation; printed for diagnosis */
    private final List<String> log = new ArrayList<>();
    private final String runId = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final String token = "Opfer" + runId;
    /** Rotenburg has no demo user with these roles: created for this run (the CI's PostgreSQL pass shares one database) */
    private final String rowFachaufsicht = "row-fachaufsicht-" + runId;
    private final String rowTeam = "row-team-" + runId;
    /** a Regionaldirektion whose region Elbe-Elster is not in (the demo has only rd-bb and land-nds) */
    private final String rdNord = "rd-nord-" + runId;
    /** in the names of shared records (funding programmes, organisations), which everyone may read */
    private final String sharedToken = "Gemeinsam" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void noOperationOfTheApiGivesAnotherJobcentersDataOrChangesIt() {
        api = new ApiClient(base);
        Map<String, JsonObject> operations = operationsOfOpenApi();
        prepareAttackers();
        prepareVictim();
        Map<String, Probe> table = new LinkedHashMap<>();
        for (Probe probe : probes()) {
            if (table.put(probe.operation, probe) != null) {
                fail("the table names " + probe.operation + " twice");
            }
        }
        List<String> failures = new ArrayList<>();
        for (String operation : operations.keySet()) {
            if (!table.containsKey(operation)) {
                failures.add("NO PROBE  " + operation + ": /openapi lists it, the probe table of CrossTenantIT has no entry");
            }
        }
        for (String operation : table.keySet()) {
            if (!operations.containsKey(operation)) {
                failures.add("STALE     " + operation + ": in the probe table, no longer in /openapi");
            }
        }
        int run = 0;
        for (Probe probe : table.values()) {
            JsonObject described = operations.get(probe.operation);
            if (described != null) {
                run += probe.run(described, failures);
            }
        }
        run += roleMatrix(table, operations, failures);
        System.out.println("CrossTenantIT: " + run + " probes\n" + String.join("\n", log));
        assertTrue(run > 100, "only " + run + " probes ran");
        assertTrue(failures.isEmpty(), failures.size() + " of " + run + " cross-tenant probes failed (attacker: Rotenburg 26706, victim: Elbe-Elster 03504):\n"
                + String.join("\n", failures));
    }

    // ---------------------------------------------------------------------------------------------
    // The table: one line per operation of /openapi.
    // ---------------------------------------------------------------------------------------------

    private List<Probe> probes() {
        String prog = ids.get("programme"), agreed = ids.get("agreedProgramme"), progV = ids.get("programmeVersion");
        String team = ids.get("team"), pact = ids.get("pact"), paper = ids.get("paper");
        String asGf = "api/planning/programmes/" + prog;
        String pactView = "api/programmes/pacts/" + pact;
        String areas = "api/controlling/supervision/areas", findings = "api/controlling/supervision/findings";
        return List.of(
                // kernel
                shared("GET /api/jobcenters", "row-gf", "the registry of all Jobcenters is public"),
                shared("GET /api/jobcenters/{agencyNumber}", "row-gf", "the registry of all Jobcenters is public").path(VICTIM),
                denied("PUT /api/jobcenters/{agencyNumber}/profile", "row-gf").path(VICTIM)
                        .body("{\"managingDirector\":\"Übernahme\",\"version\":" + ids.get("jobcenterVersion") + "}")
                        .unchanged("ee-gf", "api/jobcenters/" + VICTIM),
                own("GET /api/me", "row-gf", "the caller's own account"),
                own("POST /api/me/password", "row-gf", "the caller's own password; there is no one else to name")
                        .body("{\"currentPassword\":\"falsch\",\"newPassword\":\"Anderes-Passwort-2\"}").alsoAccept(400).unchanged("row-gf", "api/me"),
                denied("GET /api/users", "row-gf"),
                denied("GET /api/users/{username}", "row-gf").path("ee-gremium"),
                denied("POST /api/users", "row-gf").body("{\"username\":\"uebernahme-" + token.toLowerCase() + "\",\"displayName\":\"X\","
                        + "\"agencyNumber\":\"03504\",\"roles\":[\"GREMIUM\"],\"password\":\"" + STRONG_PASSWORD + "\"}")
                        .unchanged("admin", "api/users?agencyNumber=03504&size=1000"),
                denied("PUT /api/users/{username}", "row-gf").path("ee-gremium")
                        .body("{\"displayName\":\"Übernommen\",\"agencyNumber\":\"26706\",\"roles\":[\"GREMIUM\"],\"enabled\":false,\"version\":"
                                + ids.get("userVersion") + "}").unchanged("admin", "api/users/ee-gremium"),
                denied("POST /api/users/{username}/password", "row-gf").path("ee-gremium")
                        .body("{\"newPassword\":\"Anderes-Passwort-2\"}").unchanged("ee-gremium", "api/me"),
                denied("POST /api/users/{username}/unlock", "row-gf").path("ee-gremium").unchanged("admin", "api/users/ee-gremium"),
                denied("GET /api/audit", "row-gf").query("from=2016-01-01&to=2099-12-31"),
                shared("GET /api/jobcenters/supervised-by/{level}", "row-gf", "the registry of all Jobcenters and their levels is public")
                        .path("RD:BERLIN_BRANDENBURG"),
                denied("PUT /api/jobcenters/{agencyNumber}/placement", "row-gf").path(VICTIM)
                        .body("{\"land\":\"NI\",\"regionalDirectorate\":\"NIEDERSACHSEN_BREMEN\",\"version\":" + ids.get("jobcenterVersion") + "}")
                        .unchanged("ee-gf", "api/jobcenters/" + VICTIM),

                // planning
                denied("GET /api/planning/programmes", "row-gf"),
                denied("POST /api/planning/programmes", "row-gf").body("{\"year\":2031,\"standDate\":\"2030-11-01\"}")
                        .unchanged("ee-gf", "api/planning/programmes"),
                shared("GET /api/planning/programmes/catalogue", "row-gf", "the catalogue of instruments and categories is the same for all"),
                denied("GET /api/planning/programmes/current", "row-gf"),
                denied("GET /api/planning/programmes/compare", "row-gf"),
                denied("GET /api/planning/programmes/{id}", "row-gf").path(prog),
                denied("GET /api/planning/programmes/{id}/target-path/proposal", "row-gf").path(prog),
                denied("PUT /api/planning/programmes/{id}/targets", "row-gf").path(prog)
                        .body("{\"integrations\":1,\"version\":" + progV + "}").unchanged("ee-gf", asGf),
                denied("PUT /api/planning/programmes/{id}/goals", "row-gf").path(prog)
                        .body("{\"goals\":[],\"version\":" + progV + "}").unchanged("ee-gf", asGf),
                denied("PUT /api/planning/programmes/{id}/target-path", "row-gf").path(prog)
                        .body("{\"months\":[1,2,3,4,5,6,7,8,9,10,11,12],\"version\":" + progV + "}").unchanged("ee-gf", asGf),
                denied("PUT /api/planning/programmes/{id}/budget", "row-gf").path(prog)
                        .body("{\"administrationPrevious\":1,\"administrationCurrent\":1,\"integrationPrevious\":1,\"integrationCurrent\":1,"
                                + "\"transfers\":[],\"planLines\":[],\"version\":" + progV + "}").unchanged("ee-gf", asGf),
                denied("PUT /api/planning/programmes/{id}/staff", "row-gf").path(prog)
                        .body("{\"lines\":[],\"caseload\":[],\"version\":" + progV + "}").unchanged("ee-gf", asGf),
                denied("PUT /api/planning/programmes/{id}/sections", "row-gf").path(prog)
                        .body("{\"sections\":[],\"version\":" + progV + "}").unchanged("ee-gf", asGf),
                denied("POST /api/planning/programmes/{id}/submit", "row-gf").path(prog).body("{\"version\":" + progV + "}").unchanged("ee-gf", asGf),
                denied("POST /api/planning/programmes/{id}/return", "row-gf").path(prog).body("{\"version\":" + progV + "}").unchanged("ee-gf", asGf),
                denied("POST /api/planning/programmes/{id}/agree", "row-gf").path(prog)
                        .body("{\"agreedOn\":\"2019-12-01\",\"agreedBy\":\"Übernahme\",\"version\":" + progV + "}").unchanged("ee-gf", asGf),
                denied("POST /api/planning/programmes/{id}/revise", "row-gf").path(agreed)
                        .body("{\"reason\":\"Übernahme\",\"version\":" + ids.get("agreedVersion") + "}").unchanged("ee-gf", "api/planning/programmes"),
                denied("GET /api/planning/teams", "row-gf"),
                denied("POST /api/planning/teams", "row-gf").body("{\"name\":\"Übernahme\",\"active\":true,\"version\":0}")
                        .unchanged("ee-gf", "api/planning/teams"),
                denied("PUT /api/planning/teams/{id}", "row-gf").path(team)
                        .body("{\"name\":\"Übernommen\",\"active\":false,\"version\":" + ids.get("teamVersion") + "}").unchanged("ee-gf", "api/planning/teams"),
                denied("GET /api/planning/offers", "row-gf"),
                denied("POST /api/planning/offers", rowTeam).body("{\"teamId\":" + team + ",\"year\":2020,\"offeredIntegrations\":1,\"note\":\"Übernahme\"}")
                        .unchanged("ee-gf", "api/planning/offers?year=2020"),
                denied("POST /api/planning/offers/{id}/decision", "row-gf").path(ids.get("offer"))
                        .body("{\"decision\":\"ANGEPASST\",\"agreedIntegrations\":1,\"version\":" + ids.get("offerVersion") + "}")
                        .unchanged("ee-gf", "api/planning/offers?year=2020"),
                // the target agreement cascade: another Jobcenter, a Land for a gE, a Regionaldirektion of another region
                denied("GET /api/planning/target-agreements", "row-gf"),
                denied("POST /api/planning/target-agreements", rdNord).body("{\"agencyNumber\":\"03504\",\"year\":2032,"
                        + "\"deadline\":\"2031-11-30\",\"integrationRateLow\":1}").unchanged("ee-gf", "api/planning/target-agreements"),
                denied("GET /api/planning/target-agreements/overview", "row-gf"),
                denied("GET /api/planning/target-agreements/{id}", "land-nds").path(ids.get("round")),
                denied("POST /api/planning/target-agreements/{id}/offer", "row-gf").path(ids.get("round"))
                        .body("{\"integrationRateWomen\":1,\"integrationRateMen\":1,\"version\":" + ids.get("roundVersion") + "}")
                        .unchanged("ee-gf", "api/planning/target-agreements/" + ids.get("round")),
                denied("POST /api/planning/target-agreements/{id}/renegotiation", rdNord).path(ids.get("round"))
                        .body("{\"reason\":\"Übernahme\",\"version\":" + ids.get("roundVersion") + "}")
                        .unchanged("ee-gf", "api/planning/target-agreements/" + ids.get("round")),
                denied("POST /api/planning/target-agreements/{id}/acceptance", "land-nds").path(ids.get("round"))
                        .body("{\"version\":" + ids.get("roundVersion") + "}")
                        .unchanged("ee-gf", "api/planning/target-agreements/" + ids.get("round")),
                denied("POST /api/planning/target-agreements/{id}/conclusion", "row-gf").path(ids.get("round"))
                        .body("{\"concludedOn\":\"2032-12-01\",\"version\":" + ids.get("roundVersion") + "}")
                        .unchanged("ee-gf", "api/planning/target-agreements/" + ids.get("round")),
                shared("GET /api/planning/estimate", "row-gf", "the EinglMV shares every estimate uses are published by law"),
                shared("GET /api/planning/allocation-shares", "row-gf", "the years of the EinglMV shares, published by law"),
                denied("PUT /api/planning/allocation-shares/{year}", "row-gf").path("2022").csv("traeger_nr;anteil\n03504;0\n")
                        .unchanged("ee-gf", "api/planning/estimate?year=2022&integrationAnnex2=1000000&integrationAnnex3=0&administrationAnnex4=1000000"),
                shared("GET /api/planning/federal-shares/{year}", "row-gf", "the federal share of administrative costs is set by law").path("2020"),
                denied("PUT /api/planning/federal-shares/{year}", "row-gf").path("2020").body("{\"percent\":1,\"version\":0}")
                        .unchanged("ee-gf", "api/planning/federal-shares/2020"),

                // programmes
                shared("GET /api/programmes/funding", "row-programme", "funding programmes are shared records every pact uses"),
                shared("GET /api/programmes/funding/{id}", "row-programme", "funding programmes are shared records every pact uses").path(ids.get("funding")),
                own("POST /api/programmes/funding", "row-programme", "creates a funding programme of the caller's own")
                        .body("{\"name\":\"Programm Rotenburg " + sharedToken + "\",\"shortName\":\"PR\",\"funder\":\"BUND\",\"phases\":[],\"obligations\":[],\"version\":0}"),
                denied("PUT /api/programmes/funding/{id}", "row-programme").path(ids.get("funding")).body(ids.get("fundingChange"))
                        .unchanged("ee-programme", "api/programmes/funding/" + ids.get("funding")),
                shared("GET /api/programmes/organisations", "row-programme", "organisations are shared records every pact uses"),
                own("POST /api/programmes/organisations", "row-programme", "creates an organisation of the caller's own")
                        .body("{\"name\":\"Träger Rotenburg " + sharedToken + "\",\"type\":\"BILDUNGSTRAEGER\",\"version\":0}"),
                denied("PUT /api/programmes/organisations/{id}", "row-programme").path(ids.get("organisation"))
                        .body("{\"name\":\"Übernommen\",\"type\":\"KOORDINATION\",\"version\":" + ids.get("organisationVersion") + "}")
                        .unchanged("ee-programme", "api/programmes/organisations"),
                own("POST /api/programmes/funding/{id}/proposals", "row-programme",
                        "proposes a change to its creator; the record itself stays unchanged").path(ids.get("funding"))
                        .body(ids.get("fundingChange")).unchanged("ee-programme", "api/programmes/funding/" + ids.get("funding")),
                own("POST /api/programmes/organisations/{id}/proposals", "row-programme",
                        "proposes a change to its creator; the record itself stays unchanged").path(ids.get("organisation"))
                        .body("{\"name\":\"Übernommen\",\"type\":\"KOORDINATION\",\"version\":" + ids.get("organisationVersion") + "}")
                        .unchanged("ee-programme", "api/programmes/organisations"),
                own("GET /api/programmes/proposals", "row-programme", "lists only the proposals the caller's Jobcenter made or received"),
                denied("POST /api/programmes/proposals/{id}/accept", "row-programme").path(ids.get("proposal"))
                        .query("version=" + ids.get("proposalVersion")).unchanged("ee-programme", "api/programmes/proposals"),
                denied("POST /api/programmes/proposals/{id}/reject", "row-programme").path(ids.get("proposal"))
                        .body("{\"reason\":\"nein\",\"version\":" + ids.get("proposalVersion") + "}")
                        .unchanged("ee-programme", "api/programmes/proposals"),
                own("GET /api/programmes/pacts", "row-programme", "lists only the pacts the caller's Jobcenter is a member of"),
                denied("POST /api/programmes/pacts", "row-programme").body("{\"phaseId\":" + ids.get("phase") + ",\"name\":\"Übernahme\","
                                + "\"leadAgencyNumber\":\"03504\",\"leadJoinedOn\":\"2024-02-01\",\"coordinatorId\":" + ids.get("organisation") + ",\"coordinatorRole\":\"X\"}")
                        .unchanged("ee-programme", "api/programmes/pacts"),
                denied("GET /api/programmes/pacts/{id}", "row-programme").path(pact),
                denied("GET /api/programmes/pacts/{id}/as-of", "row-programme").path(pact),
                denied("GET /api/programmes/pacts/{id}/closure-summary", "row-programme").path(pact),
                denied("PUT /api/programmes/pacts/{id}/coordinator", "row-programme").path(pact)
                        .body("{\"organisationId\":" + ids.get("organisation") + ",\"role\":\"Übernahme\",\"since\":\"2024-03-01\",\"version\":" + ids.get("pactVersion") + "}")
                        .unchanged("ee-programme", pactView),
                denied("POST /api/programmes/pacts/{id}/members", "row-programme").path(pact)
                        .body("{\"agencyNumber\":\"26706\",\"date\":\"2024-03-01\",\"version\":" + ids.get("pactVersion") + "}").unchanged("ee-programme", pactView),
                denied("POST /api/programmes/pacts/{id}/members/leave", "row-programme").path(pact)
                        .body("{\"agencyNumber\":\"03504\",\"date\":\"2024-03-01\",\"version\":" + ids.get("pactVersion") + "}").unchanged("ee-programme", pactView),
                denied("POST /api/programmes/pacts/{id}/partners", "row-programme").path(pact)
                        .body("{\"organisationId\":" + ids.get("organisation") + ",\"role\":\"Übernahme\",\"version\":" + ids.get("pactVersion") + "}")
                        .unchanged("ee-programme", pactView),
                denied("POST /api/programmes/pacts/{id}/events", "row-programme").path(pact)
                        .body("{\"date\":\"2024-03-01\",\"type\":\"KONZEPT\",\"description\":\"Übernahme\",\"version\":" + ids.get("pactVersion") + "}")
                        .unchanged("ee-programme", pactView),
                denied("PUT /api/programmes/pacts/{id}/participation", "row-programme").path(pact)
                        .body("{\"year\":2024,\"budgetGranted\":1,\"budgetSpent\":1,\"version\":0}").unchanged("ee-programme", pactView),
                denied("POST /api/programmes/pacts/{id}/closure", "row-programme").path(pact)
                        .body("{\"closedOn\":\"2024-12-31\",\"remark\":\"Übernahme\"}").unchanged("ee-programme", pactView),

                // controlling: basis values, Kennzahlen, comparison
                denied("POST /api/controlling/imports", "row-controlling").csv("traeger_nr;monat;geschlecht;reihe;wert;datenstand\n03504;2016-06;G;LLU_EUR;1;2016-09\n")
                        .alsoAccept(400).unchanged("ee-controlling", "api/controlling/values/03504/2016-06"),
                denied("GET /api/controlling/values/{agencyNumber}/{month}", "row-gremium").path(VICTIM, "2016-06"),
                own("GET /api/controlling/imports", "row-controlling", "lists only the import batches of the caller's Jobcenter"),
                denied("GET /api/controlling/imports/{id}/warnings", "row-controlling").path(ids.get("importBatch")),
                denied("POST /api/controlling/published", "row-controlling")
                        .csv("traeger_nr;monat;geschlecht;kennzahl;wert;zaehler;nenner;datenstand\n03504;2016-06;G;K2;1,0;1;100;2016-09\n")
                        .alsoAccept(400).unchanged("ee-controlling", "api/controlling/reconciliation?agencyNumber=03504&month=2016-06"),
                shared("GET /api/controlling/reconciliation", "row-gremium",
                        "computed against published Kennzahlen: both are shared; no raw value, no source"),
                shared("GET /api/controlling/reconciliation/national", "row-gremium", "the national comparison of computed and published Kennzahlen"),
                denied("PUT /api/controlling/values/{agencyNumber}/{month}", "row-controlling").path(VICTIM, "2016-06")
                        .body("{\"LLU_EUR\":1}").unchanged("ee-controlling", "api/controlling/values/03504/2016-06"),
                shared("GET /api/controlling/kpis", "row-gremium", "computed Kennzahlen are compared between Jobcenters"),
                shared("GET /api/controlling/kpis/{code}", "row-gremium", "computed Kennzahlen are compared between Jobcenters").path("K1"),
                shared("GET /api/controlling/series/{code}", "row-gremium", "computed Kennzahlen are compared between Jobcenters").path("K2"),
                shared("GET /api/controlling/comparison/{code}", "row-gremium", "the comparison of all Jobcenters for a Kennzahl").path("K1"),
                shared("GET /api/controlling/national", "row-gremium", "the national table of computed Kennzahlen"),
                shared("GET /api/controlling/comparison-types", "row-gremium", "the Vergleichstypen and their members are public"),
                denied("PUT /api/controlling/comparison-types/{code}", "row-controlling").path(ids.get("comparisonType"))
                        .body("{\"name\":\"Übernommen\",\"validFrom\":\"2020-01\",\"version\":0}").unchanged("ee-gremium", "api/controlling/comparison-types"),
                denied("POST /api/controlling/comparison-types/{code}/members", "row-controlling").path(ids.get("comparisonType"))
                        .body("{\"agencyNumber\":\"03504\",\"from\":\"2016-01\"}").unchanged("ee-gremium", "api/controlling/comparison-types?month=2016-01"),
                denied("DELETE /api/controlling/comparison-types/{code}/members/{agencyNumber}/{from}", "row-controlling")
                        .path(ids.get("comparisonType"), VICTIM, "2020-01").unchanged("ee-gremium", "api/controlling/comparison-types"),
                denied("GET /api/controlling/tracking", "row-gremium"),

                // controlling: structure figures
                shared("GET /api/controlling/structure/figures", "row-gremium", "the catalogue of structure figures"),
                denied("POST /api/controlling/structure/imports", "row-controlling")
                        .csv("traeger_nr;zeitraum;merkmal;kategorie;altersgruppe;wert;datenstand\n03504;2016;ELB;;;1;2016-10\n")
                        .alsoAccept(400).unchanged("ee-controlling", "api/controlling/structure/values/03504/2016"),
                denied("GET /api/controlling/structure/values/{agencyNumber}/{period}", "row-gremium").path(VICTIM, "2016"),
                denied("PUT /api/controlling/structure/values/{agencyNumber}/{figure}/{period}", "row-controlling").path(VICTIM, "ELB", "2016")
                        .body("{\"category\":\"GESAMT\",\"ageGroup\":\"ALLE\",\"value\":1}").unchanged("ee-controlling", "api/controlling/structure/values/03504/2016"),
                denied("GET /api/controlling/structure/prognosis", "row-gremium"),
                denied("GET /api/controlling/structure/employment", "row-gremium").query("month=2019-04"),
                denied("GET /api/controlling/structure/unemployment", "row-gremium").query("month=2019-09"),
                denied("GET /api/controlling/structure/annual-averages", "row-gremium").query("from=2016&to=2020"),

                // controlling: quality and reviews
                denied("GET /api/controlling/quality/standards", "row-controlling"),
                denied("POST /api/controlling/quality/standards", "row-controlling").body("{\"code\":\"UEB\",\"name\":\"Übernahme\",\"kind\":\"PROZENT\",\"target\":1}")
                        .unchanged("ee-controlling", "api/controlling/quality/standards"),
                denied("PUT /api/controlling/quality/values/{standardId}/{month}", "row-controlling").path(ids.get("standard"), "2020-03")
                        .body("{\"actual\":1}").unchanged("ee-controlling", "api/controlling/quality?month=2020-03"),
                denied("GET /api/controlling/quality", "row-controlling"),
                denied("GET /api/controlling/reviews", "row-controlling"),
                denied("POST /api/controlling/reviews", "row-controlling")
                        .body("{\"heldOn\":\"2020-04-01\",\"figuresMonth\":\"2020-03\",\"participants\":\"X\",\"assessment\":\"Übernahme\",\"kpiCodes\":[\"K1\"]}")
                        .unchanged("ee-controlling", "api/controlling/reviews"),
                denied("POST /api/controlling/reviews/{id}/actions", "row-controlling").path(ids.get("review"))
                        .body("{\"description\":\"Übernahme\",\"owner\":\"X\",\"dueDate\":\"2020-06-30\"}").unchanged("ee-controlling", "api/controlling/reviews"),
                denied("POST /api/controlling/steering-actions/{id}/done", "row-controlling").path(ids.get("steeringAction"))
                        .query("version=" + ids.get("steeringActionVersion")).unchanged("ee-controlling", "api/controlling/reviews"),
                denied("GET /api/controlling/steering-actions/overdue", "row-controlling"),

                // controlling: Fachaufsicht
                denied("GET /api/controlling/supervision/areas", rowFachaufsicht),
                denied("POST /api/controlling/supervision/areas", rowFachaufsicht).body("{\"code\":\"UEB\",\"name\":\"Übernahme\"}").unchanged("ee-fachaufsicht", areas),
                denied("GET /api/controlling/supervision/plan/{year}", rowFachaufsicht).path("2020"),
                denied("PUT /api/controlling/supervision/plan/{year}", rowFachaufsicht).path("2020")
                        .body("{\"areaId\":" + ids.get("area") + ",\"riskScore\":1,\"minCasesPerMonth\":0,\"rationale\":\"Übernahme\"}")
                        .unchanged("ee-fachaufsicht", "api/controlling/supervision/plan/2020"),
                denied("GET /api/controlling/supervision/cases", rowFachaufsicht),
                denied("POST /api/controlling/supervision/cases", rowFachaufsicht)
                        .body("{\"date\":\"2020-03-16\",\"areaId\":" + ids.get("area") + ",\"team\":\"X\",\"auditor\":\"X\",\"caseReference\":\"UEB-1\",\"faulty\":true,\"errorType\":\"X\"}")
                        .unchanged("ee-fachaufsicht", "api/controlling/supervision/cases?month=2020-03"),
                denied("GET /api/controlling/supervision/overview", rowFachaufsicht),
                denied("GET /api/controlling/supervision/findings", rowFachaufsicht),
                denied("POST /api/controlling/supervision/findings", rowFachaufsicht)
                        .body("{\"areaId\":" + ids.get("area") + ",\"foundOn\":\"2020-04-01\",\"description\":\"Übernahme\"}").unchanged("ee-fachaufsicht", findings),
                denied("POST /api/controlling/supervision/findings/{id}/actions", rowFachaufsicht).path(ids.get("finding"))
                        .body("{\"description\":\"Übernahme\",\"owner\":\"X\",\"dueDate\":\"2020-06-30\"}").unchanged("ee-fachaufsicht", findings),
                denied("POST /api/controlling/supervision/actions/{id}/done", rowFachaufsicht).path(ids.get("supervisionAction"))
                        .query("version=" + ids.get("supervisionActionVersion")).unchanged("ee-fachaufsicht", findings),
                denied("POST /api/controlling/supervision/actions/{id}/follow-up", rowFachaufsicht).path(ids.get("supervisionAction"))
                        .body("{\"checkedOn\":\"2020-07-01\",\"result\":\"Übernahme\",\"effective\":true,\"version\":" + ids.get("supervisionActionVersion") + "}")
                        .unchanged("ee-fachaufsicht", findings),
                denied("GET /api/controlling/supervision/actions/overdue", rowFachaufsicht),

                // reporting
                denied("GET /api/reporting/body", "row-gf"),
                denied("PUT /api/reporting/body", "row-gf").body("{\"name\":\"Übernahme\",\"office\":\"X\",\"electoralTerm\":\"2026\",\"nextNumber\":1,\"version\":"
                        + ids.get("bodyVersion") + "}").unchanged("ee-gf", "api/reporting/body"),
                denied("GET /api/reporting/papers", "row-gf"),
                denied("POST /api/reporting/papers", "row-gf").body(paperInput("Übernahme", null)).unchanged("ee-gf", "api/reporting/papers"),
                denied("POST /api/reporting/papers/from-closure/{pactId}", "row-gf").path(pact).unchanged("ee-gf", "api/reporting/papers"),
                denied("GET /api/reporting/papers/{id}", "row-gf").path(paper),
                denied("PUT /api/reporting/papers/{id}", "row-gf").path(paper).body(paperInput("Übernahme", ids.get("paperVersion")))
                        .unchanged("ee-gf", "api/reporting/papers/" + paper),
                denied("GET /api/reporting/papers/{id}/preview", "row-gf").path(paper),
                denied("POST /api/reporting/papers/{id}/withdraw", "row-gf").path(paper).query("version=" + ids.get("paperVersion"))
                        .unchanged("ee-gf", "api/reporting/papers/" + paper),
                denied("POST /api/reporting/papers/{id}/release", "row-gf").path(paper).query("version=" + ids.get("paperVersion"))
                        .unchanged("ee-gf", "api/reporting/papers/" + paper),
                denied("GET /api/reporting/programmes/{id}/preview", "row-gf").path(prog),
                denied("POST /api/reporting/programmes/{id}/document", "row-gf").path(prog).unchanged("ee-gf", "api/reporting/documents"),
                denied("GET /api/reporting/controlling/preview", "row-gf"),
                denied("POST /api/reporting/controlling/document", "row-gf").unchanged("ee-gf", "api/reporting/documents"),
                denied("GET /api/reporting/documents", "row-gf"),
                denied("GET /api/reporting/documents/{id}/content", "row-gf").path(ids.get("document")),
                shared("GET /api/reporting/exports", "row-gf", "the list of exportable tables"),
                new ExportProbe());
    }

    /**
     * Each export table, as the attacker with the victim's ids in its parameters: DENIED, or why it
     * is shared. A table the API lists without an entry here fails the test.
     */
    private static final Map<String, String> EXPORTS = Map.ofEntries(
            Map.entry("kennzahlen", "SHARED: computed Kennzahlen are compared between Jobcenters"),
            Map.entry("vergleich", "SHARED: the comparison of all Jobcenters for a Kennzahl"),
            Map.entry("bundesweit", "SHARED: the national table of computed Kennzahlen"),
            Map.entry("zeitreihe", "SHARED: computed Kennzahlen are compared between Jobcenters"),
            Map.entry("jobcenter", "SHARED: the registry of all Jobcenters is public"),
            Map.entry("vergleichstypen", "SHARED: the Vergleichstypen and their members are public"),
            Map.entry("organisationen", "SHARED: organisations are shared records every pact uses"),
            Map.entry("foerderprogramme", "SHARED: funding programmes are shared records every pact uses"),
            Map.entry("phasen", "SHARED: funding programmes are shared records every pact uses"),
            Map.entry("berichtspflichten", "SHARED: funding programmes are shared records every pact uses"),
            Map.entry("pakte", "SHARED: lists only the pacts the caller's Jobcenter is a member of"),
            Map.entry("abgleich", "SHARED: computed against published Kennzahlen, both shared"),
            Map.entry("abgleich-bundesweit", "SHARED: the national comparison of computed and published Kennzahlen"),
            Map.entry("fehlerquoten", "DENIED"), Map.entry("integrationsprognose", "DENIED"), Map.entry("erwerbstaetige", "DENIED"),
            Map.entry("budget", "DENIED"), Map.entry("planzeilen", "DENIED"), Map.entry("dokumente", "DENIED"),
            Map.entry("basiszahlen", "DENIED"), Map.entry("arbeitslose", "DENIED"), Map.entry("jahresdurchschnitte", "DENIED"),
            Map.entry("prueffaelle", "DENIED"), Map.entry("qualitaet", "DENIED"), Map.entry("massnahmen", "DENIED"),
            Map.entry("programme", "DENIED"), Map.entry("ziele", "DENIED"), Map.entry("personal", "DENIED"),
            Map.entry("angebote", "DENIED"), Map.entry("teilnahme", "DENIED"), Map.entry("versionsvergleich", "DENIED"),
            Map.entry("teams", "DENIED"), Map.entry("paktmitglieder", "DENIED"), Map.entry("paktereignisse", "DENIED"),
            Map.entry("pakt-summen", "DENIED"), Map.entry("benutzer", "DENIED"), Map.entry("aenderungsprotokoll", "DENIED"),
            Map.entry("pruefplan", "DENIED"), Map.entry("prueffelder", "DENIED"), Map.entry("dialoge", "DENIED"),
            Map.entry("zielnachhaltung", "DENIED"), Map.entry("zielpfad", "DENIED"), Map.entry("vorlagen", "DENIED"),
            Map.entry("fehlerquoten-monate", "DENIED"), Map.entry("umschichtungen", "DENIED"), Map.entry("aggregate", "DENIED"),
            Map.entry("betreuungsschluessel", "DENIED"), Map.entry("abschluss", "DENIED"),
            Map.entry("zielvereinbarungen", "DENIED"), Map.entry("zielvereinbarung-verlauf", "DENIED"),
            Map.entry("zielnachhaltung-ebene", "DENIED"));

    /** query parameters of an export that differ from {@link #queryValue} */
    private static final Map<String, String> EXPORT_QUERY = Map.of(
            "jahresdurchschnitte", "from=2016&to=2020",
            "basiszahlen", "month=2016-06",
            "erwerbstaetige", "month=2019-04",
            "arbeitslose", "month=2019-09",
            "aenderungsprotokoll", "from=2016-01-01&to=2099-12-31");

    // ---------------------------------------------------------------------------------------------
    // Query parameters: every parameter /openapi declares is filled, aimed at the victim.
    // ---------------------------------------------------------------------------------------------

    private String queryValue(String name) {
        return switch (name) {
            case "agencyNumber" -> VICTIM;
            case "month", "figuresMonth" -> "2020-03";
            case "year" -> "2020";
            case "period" -> "2019";
            case "from" -> "2016-01";
            case "to" -> "2020-12";
            case "gender" -> "GESAMT";
            case "date" -> "2024-06-01";
            case "format" -> "csv";
            case "code" -> "K1";
            case "left" -> ids.get("agreedProgramme");
            case "right", "programme" -> ids.get("programme");
            case "pact", "pactId" -> ids.get("pact");
            case "funding" -> ids.get("funding");
            case "integrationAnnex2", "administrationAnnex4" -> "1000000";
            case "integrationAnnex3" -> "0";
            case "size" -> "1000";
            default -> null; // q, type, user, entityType, page, datenstand, group, version: not needed to aim at the victim
        };
    }

    // ---------------------------------------------------------------------------------------------
    // The victim, its data found through its own lists (and created where the demo has none).
    // ---------------------------------------------------------------------------------------------

    private void prepareAttackers() {
        createUser(rowFachaufsicht, "FACHAUFSICHT");
        createUser(rowTeam, "TEAMLEITUNG");
        expectOk(api.post("api/users", "admin", "{\"username\":" + quote(rdNord) + ",\"displayName\":" + quote(rdNord)
                + ",\"roles\":[\"REGIONALDIREKTION\"],\"level\":\"RD:NORD\",\"password\":" + quote(STRONG_PASSWORD) + "}"), "create attacker " + rdNord);
        for (String role : NON_ADMIN_ROLES) {
            createUser(roleUser(role), role);
        }
    }

    /** Every role but ADMIN; each gets a user of Rotenburg with only that role for the role matrix. */
    private static final List<String> NON_ADMIN_ROLES = List.of("GESCHAEFTSFUEHRUNG", "CONTROLLING", "FACHAUFSICHT", "TEAMLEITUNG",
            "PROGRAMME", "GREMIUM");
    private static final Pattern REQUIRED_ROLES = Pattern.compile("fehlt Ihnen die Rolle ([A-Z_]+(?: oder [A-Z_]+)*)");

    private String roleUser(String role) {
        return "rm-" + role.toLowerCase(java.util.Locale.ROOT) + "-" + runId;
    }

    /**
     * The role matrix: every operation of the table, called by a user of each non-admin role. A refusal for a
     * missing role names the roles the operation needs; every role not among them must be refused with 403
     * {@code ROLE_MISSING} (problem+json), every role among them must not be, and the victim's view stays as it
     * was. An operation {@code /openapi} describes as "(ADMIN)" must need exactly ADMIN, so every other role is refused.
     *
     * @return the number of requests
     */
    private int roleMatrix(Map<String, Probe> table, Map<String, JsonObject> operations, List<String> failures) {
        int run = 0;
        int adminOnly = 0;
        for (Probe probe : table.values()) {
            JsonObject described = operations.get(probe.operation);
            if (described == null || probe instanceof ExportProbe || probe.operation.equals("POST /api/me/password")) {
                continue; // exports: the same operation as their list; the own password change needs no role
            }
            String url = probe.url(described, true);
            String before = probe.checkPath == null ? null : probe.victimView();
            Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
            Set<String> required = new TreeSet<>();
            for (String role : NON_ADMIN_ROLES) {
                HttpResponse<String> response = send(probe.method, url, roleUser(role), probe.contentType, probe.body);
                run++;
                answers.put(role, response);
                Matcher named = REQUIRED_ROLES.matcher(text(response));
                if (response.statusCode() == 403 && named.find()) {
                    required.addAll(List.of(named.group(1).split(" oder ")));
                }
                log.add(String.format("%d %-20s %s  as %s (role matrix)", response.statusCode(), problemCode(response), probe.operation,
                        roleUser(role)));
            }
            String summary = described.getString("summary", "");
            if (summary.contains("(ADMIN)")) {
                adminOnly++;
                if (!required.equals(Set.of("ADMIN"))) {
                    failures.add("ROLE      " + probe.operation + ": /openapi says (ADMIN), the refusals name " + required);
                }
            }
            for (Map.Entry<String, HttpResponse<String>> answer : answers.entrySet()) {
                HttpResponse<String> response = answer.getValue();
                String code = problemCode(response);
                boolean lacks = !required.isEmpty() && !required.contains(answer.getKey());
                if (response.statusCode() >= 500) {
                    failures.add("ROLE      " + probe.operation + " as " + answer.getKey() + ": server error " + response.statusCode());
                } else if (lacks && (response.statusCode() != 403 || !"ROLE_MISSING".equals(code))) {
                    failures.add("ROLE      " + probe.operation + " as " + answer.getKey() + " (needs " + required + "): "
                            + response.statusCode() + " " + code + ", expected 403 ROLE_MISSING");
                } else if (!lacks && "ROLE_MISSING".equals(code)) {
                    failures.add("ROLE      " + probe.operation + " as " + answer.getKey() + ": ROLE_MISSING although the refusals name "
                            + required);
                }
            }
            if (before != null && !before.equals(probe.victimView())) {
                failures.add("ROLE      " + probe.operation + ": the role matrix CHANGED the victim's data (GET /" + probe.checkPath + ")");
            }
        }
        if (adminOnly < 5) {
            failures.add("ROLE      only " + adminOnly + " operations described as (ADMIN) were probed");
        }
        return run;
    }

    private static String problemCode(HttpResponse<String> response) {
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "";
        }
        Matcher found = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(text(response));
        return found.find() ? found.group(1) : "";
    }

    private void createUser(String username, String role) {
        String body = "{\"username\":" + quote(username) + ",\"displayName\":" + quote(username) + ",\"agencyNumber\":\"26706\","
                + "\"roles\":[" + quote(role) + "],\"password\":" + quote(STRONG_PASSWORD) + "}";
        expectOk(api.post("api/users", "admin", body), "create attacker " + username);
    }

    private void prepareVictim() {
        // planning
        JsonArray programmes = read("ee-gf", "api/planning/programmes").asJsonArray();
        JsonObject editable = prefer(programmes, p -> p.getBoolean("editable"));
        JsonObject agreed = prefer(programmes, p -> "VEREINBART".equals(p.getString("status")));
        ids.put("programme", id(editable));
        ids.put("programmeVersion", editable.get("version").toString());
        ids.put("agreedProgramme", id(agreed));
        ids.put("agreedVersion", agreed.get("version").toString());
        expectOk(api.post("api/planning/teams", "ee-gf", "{\"name\":\"Team " + token + "\",\"active\":true,\"version\":0}"), "victim team");
        JsonObject team = first(read("ee-gf", "api/planning/teams").asJsonArray(), t -> t.getString("name").contains(token));
        ids.put("team", id(team));
        ids.put("teamVersion", team.get("version").toString());
        expectOk(api.post("api/planning/offers", "ee-team", "{\"teamId\":" + id(team) + ",\"year\":2020,\"offeredIntegrations\":7,"
                + "\"note\":\"Angebot " + token + "\"}"), "victim offer");
        JsonObject offer = first(read("ee-gf", "api/planning/offers?year=2020").asJsonObject().getJsonArray("offers"),
                o -> o.getString("note", "").contains(token));
        ids.put("offer", id(offer));
        ids.put("offerVersion", offer.get("version").toString());
        secrets.add("Markt und Integration Finsterwalde");
        // the planning round of 2033: published by the victim's Regionaldirektion (an earlier run on the same database may have)
        Reply published = api.post("api/planning/target-agreements", "rd-bb", "{\"agencyNumber\":\"03504\",\"year\":2033,"
                + "\"deadline\":\"2032-11-30\",\"integrationRateLow\":24.0,\"note\":\"Grundlage " + token + "\"}");
        assertTrue(published.status() == 201 || "AGREEMENT_EXISTS".equals(published.code()), "victim planning round: " + published);
        JsonObject round = first(read("ee-gf", "api/planning/target-agreements?year=2033").asJsonArray(), r -> true);
        ids.put("round", id(round));
        ids.put("roundVersion", round.get("version").toString());

        // programmes: a funding programme, an organisation and a pact of Elbe-Elster that Rotenburg is no member of
        expectOk(api.post("api/programmes/organisations", "ee-programme",
                "{\"name\":\"Koordination Elbe-Elster " + sharedToken + "\",\"type\":\"KOORDINATION\",\"version\":0}"), "victim organisation");
        JsonObject organisation = first(read("ee-programme", "api/programmes/organisations").asJsonArray(),
                o -> o.getString("name").contains(sharedToken));
        ids.put("organisation", id(organisation));
        ids.put("organisationVersion", organisation.get("version").toString());
        String programme = "{\"name\":\"Förderprogramm Elbe-Elster " + sharedToken + "\",\"shortName\":\"FEE\",\"funder\":\"BUND\","
                + "\"phases\":[{\"number\":1,\"from\":\"2024-01-01\",\"to\":\"2026-12-31\",\"budget\":100000,\"pactsNationwide\":1}],"
                + "\"obligations\":[],\"version\":%s}";
        expectOk(api.post("api/programmes/funding", "ee-programme", programme.formatted("0")), "victim funding programme");
        JsonObject funding = first(read("ee-programme", "api/programmes/funding").asJsonArray(), f -> f.getString("name").contains(sharedToken));
        ids.put("funding", id(funding));
        ids.put("fundingChange", programme.replace("Förderprogramm Elbe-Elster", "Übernommen").formatted(funding.get("version").toString()));
        ids.put("phase", id(funding.getJsonArray("phases").getJsonObject(0)));
        // a proposal of Elbe-Elster to change an organisation only ADMIN may change (the demo's coordinator)
        JsonObject adminOrganisation = first(read("ee-programme", "api/programmes/organisations").asJsonArray(),
                o -> o.getString("name").startsWith("Süderelbe"));
        expectOk(api.post("api/programmes/organisations/" + id(adminOrganisation) + "/proposals", "ee-programme",
                "{\"name\":\"Vorschlag " + token + "\",\"type\":\"KOORDINATION\",\"version\":" + adminOrganisation.get("version") + "}"),
                "victim proposal");
        JsonObject proposal = first(read("ee-programme", "api/programmes/proposals").asJsonArray(),
                p -> p.getString("summary").contains(token));
        ids.put("proposal", id(proposal));
        ids.put("proposalVersion", proposal.get("version").toString());
        expectOk(api.post("api/programmes/pacts", "ee-programme", "{\"phaseId\":" + ids.get("phase") + ",\"name\":\"Pakt " + token + "\","
                + "\"leadAgencyNumber\":\"03504\",\"leadJoinedOn\":\"2024-01-01\",\"coordinatorId\":" + ids.get("organisation")
                + ",\"coordinatorRole\":\"Rolle " + token + "\"}"), "victim pact");
        JsonObject pact = first(read("ee-programme", "api/programmes/pacts").asJsonArray(), p -> p.getString("name").contains(token));
        ids.put("pact", id(pact));
        ids.put("pactVersion", read("ee-programme", "api/programmes/pacts/" + id(pact)).asJsonObject().get("version").toString());

        // controlling: a hand-entered basis value and structure value, a quality standard, a review with an action
        Reply entered = api.put("api/controlling/values/03504/2016-06", "ee-controlling", "{\"LLU_EUR\":4711.13}");
        if (entered.status() != 409 || !"VALUES_EXIST".equals(entered.code())) { // entered by an earlier run on this database
            expectOk(entered, "victim basis value");
        }
        secrets.add("4711.13");
        HttpResponse<String> imported = send("POST", "api/controlling/imports", "ee-controlling", "text/csv",
                "traeger_nr;monat;geschlecht;reihe;wert;datenstand\n03504;2016-07;G;LLU_EUR;4712,17;2016-09\n");
        if (imported.statusCode() != 200 && imported.statusCode() != 201 && !imported.body().contains("IMPORT_DUPLICATE")) {
            throw new AssertionError("victim import: " + imported.statusCode() + " " + imported.body());
        }
        ids.put("importBatch", id(read("ee-controlling", "api/controlling/imports").asJsonArray().getJsonObject(0)));
        expectOk(api.put("api/controlling/structure/values/03504/ELB/2016", "ee-controlling",
                "{\"category\":\"GESAMT\",\"ageGroup\":\"ALLE\",\"value\":9876541}"), "victim structure value");
        // seven digits: a five-digit marker also occurs by chance in the attacker's own answers (the microseconds
        // of a time stamp such as 19:25:11.298765 made a Rotenburg audit page look like a leak)
        secrets.add("9876541");
        expectOk(api.post("api/controlling/quality/standards", "ee-controlling",
                "{\"code\":\"S" + runId + "\",\"name\":\"Standard " + token + "\",\"kind\":\"PROZENT\",\"target\":90}"), "victim quality standard");
        ids.put("standard", id(first(read("ee-controlling", "api/controlling/quality/standards").asJsonArray(),
                s -> s.getString("name").contains(token))));
        expectOk(api.post("api/controlling/reviews", "ee-controlling", "{\"heldOn\":\"2020-04-02\",\"figuresMonth\":\"2020-03\",\"participants\":\"Runde "
                + token + "\",\"assessment\":\"Bewertung " + token + "\",\"kpiCodes\":[\"K1\"]}"), "victim review");
        JsonObject review = first(read("ee-controlling", "api/controlling/reviews").asJsonArray(), r -> r.getString("assessment").contains(token));
        ids.put("review", id(review));
        expectOk(api.post("api/controlling/reviews/" + id(review) + "/actions", "ee-controlling",
                "{\"description\":\"Steuerung " + token + "\",\"owner\":\"Leitung " + token + "\",\"dueDate\":\"2020-06-30\"}"), "victim steering action");
        JsonObject action = first(read("ee-controlling", "api/controlling/reviews").asJsonArray(), r -> r.getString("assessment").contains(token))
                .getJsonArray("actions").getJsonObject(0);
        ids.put("steeringAction", id(action));
        ids.put("steeringActionVersion", action.get("version").toString());
        secrets.add("Sonderaktion Aktivierung LZB");
        JsonArray types = read("admin", "api/controlling/comparison-types").asJsonArray();
        ids.put("comparisonType", types.isEmpty() ? "IIa" : types.getJsonObject(0).getString("code"));

        // Fachaufsicht
        String fa = "ee-fachaufsicht";
        expectOk(api.post("api/controlling/supervision/areas", fa, "{\"code\":\"P" + runId + "\",\"name\":\"Prüffeld " + token + "\",\"errorThreshold\":5}"),
                "victim area");
        ids.put("area", id(first(read(fa, "api/controlling/supervision/areas").asJsonArray(), a -> a.getString("name").contains(token))));
        expectOk(api.put("api/controlling/supervision/plan/2020", fa, "{\"areaId\":" + ids.get("area")
                + ",\"riskScore\":4,\"minCasesPerMonth\":3,\"rationale\":\"Begründung " + token + "\"}"), "victim plan line");
        expectOk(api.post("api/controlling/supervision/cases", fa, "{\"date\":\"2020-03-15\",\"areaId\":" + ids.get("area")
                + ",\"team\":\"Team " + token + "\",\"auditor\":\"Prüfer " + token + "\",\"caseReference\":\"" + token + "-1\",\"faulty\":true,\"errorType\":\"Fehler " + token + "\"}"), "victim case");
        expectOk(api.post("api/controlling/supervision/findings", fa, "{\"areaId\":" + ids.get("area")
                + ",\"foundOn\":\"2020-03-31\",\"description\":\"Feststellung " + token + "\"}"), "victim finding");
        JsonObject finding = first(read(fa, "api/controlling/supervision/findings").asJsonArray(), f -> f.getString("description").contains(token));
        ids.put("finding", id(finding));
        expectOk(api.post("api/controlling/supervision/findings/" + id(finding) + "/actions", fa,
                "{\"description\":\"Korrektur " + token + "\",\"owner\":\"Leitung " + token + "\",\"dueDate\":\"2020-06-30\"}"), "victim corrective action");
        JsonObject corrective = first(read(fa, "api/controlling/supervision/findings").asJsonArray(), f -> f.getString("description").contains(token))
                .getJsonArray("actions").getJsonObject(0);
        ids.put("supervisionAction", id(corrective));
        ids.put("supervisionActionVersion", corrective.get("version").toString());
        secrets.add("BG-03504-");
        secrets.add("Lernförderung wird ohne Bestätigung");

        // reporting: the body, a paper and a generated document
        ids.put("bodyVersion", read("ee-gf", "api/reporting/body").asJsonObject().get("version").toString());
        expectOk(api.post("api/reporting/papers", "ee-gf", paperInput("Vorlage " + token, null)), "victim paper");
        JsonObject paper = first(read("ee-gf", "api/reporting/papers").asJsonArray(), p -> p.getString("title").contains(token));
        ids.put("paper", id(paper));
        ids.put("paperVersion", paper.get("version").toString());
        Reply document = api.post("api/reporting/programmes/" + ids.get("programme") + "/document", "ee-gf", "");
        expectOk(document, "victim document");
        ids.put("document", id(document.json()));

        // kernel
        ids.put("jobcenterVersion", read("ee-gf", "api/jobcenters/03504").asJsonObject().get("version").toString());
        ids.put("userVersion", read("admin", "api/users/ee-gremium").asJsonObject().get("version").toString());

        // nothing private of the victim may reach the attacker: the token in all it created, its user names (provenance, audit)
        secrets.add(token);
        for (String user : new String[]{"ee-gf", "ee-controlling", "ee-fachaufsicht", "ee-team", "ee-programme", "ee-gremium"}) {
            secrets.add(user);
        }
    }

    private String paperInput(String title, String version) {
        return "{\"type\":\"MITTEILUNGSVORLAGE\",\"publicPaper\":false,\"date\":\"2024-05-02\",\"title\":" + quote(title)
                + ",\"facts\":\"Sachverhalt " + token + "\",\"signatureRole\":\"Geschäftsführung\",\"signatureName\":\"Name\","
                + "\"consultations\":[{\"date\":\"2024-05-20\",\"committee\":\"Kreistag\",\"role\":\"Kenntnisnahme\"}],\"version\":" + version + "}";
    }

    // ---------------------------------------------------------------------------------------------
    // Machinery
    // ---------------------------------------------------------------------------------------------

    private Map<String, JsonObject> operationsOfOpenApi() {
        Reply openapi = api.get("openapi", "row-gremium");
        expectOk(openapi, "GET /openapi");
        Map<String, JsonObject> operations = new TreeMap<>();
        openapi.json().getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method) && path.startsWith("/api/")) {
                operations.put(method.toUpperCase(java.util.Locale.ROOT) + " " + path, operation.asJsonObject());
            }
        }));
        assertTrue(operations.size() > 100, "OpenAPI lists the API: " + operations.keySet());
        return operations;
    }

    private JsonValue read(String user, String path) {
        Reply reply = api.get(path, user);
        expectOk(reply, "GET " + path + " as " + user);
        return ApiClient.parse(reply.body());
    }

    private static void expectOk(Reply reply, String what) {
        assertTrue(reply.status() >= 200 && reply.status() < 300, "test set-up: " + what + " → " + reply);
    }

    private static JsonObject first(JsonArray array, Predicate<JsonObject> test) {
        return array.stream().map(JsonValue::asJsonObject).filter(test).findFirst()
                .orElseThrow(() -> new AssertionError("test set-up: nothing matching in " + array));
    }

    /** the first element matching, else the first element (other ITs may have moved the demo data on) */
    private static JsonObject prefer(JsonArray array, Predicate<JsonObject> test) {
        return array.stream().map(JsonValue::asJsonObject).filter(test).findFirst()
                .orElseGet(() -> first(array, any -> true));
    }

    private static String id(JsonObject object) {
        return object.get("id").toString();
    }

    private String password(String user) {
        return user.equals(rowFachaufsicht) || user.equals(rowTeam) || user.startsWith("rm-") || user.equals(rdNord) ? STRONG_PASSWORD : "demo";
    }

    private HttpResponse<String> send(String method, String path, String user, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.5")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        String raw = response.body();
        if (type.startsWith("application/pdf") || type.contains("spreadsheetml")) {
            return raw; // binary: searched byte by byte (ISO-8859-1 keeps every byte)
        }
        return new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String brief(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 220 ? flat.substring(0, 220) + "…" : flat;
    }

    private Probe denied(String operation, String user) {
        return new Probe(operation, user, null);
    }

    private Probe shared(String operation, String user, String reason) {
        return new Probe(operation, user, "SHARED: " + reason);
    }

    private Probe own(String operation, String user, String reason) {
        return new Probe(operation, user, "OWN: " + reason);
    }

    /** One line of the table: who calls, how the victim is named, what must hold. */
    private class Probe {
        final String operation;
        final String method;
        final String template;
        final String user;
        /** null: private (403/404); else why the operation is shared or scoped to the caller */
        final String shared;
        final List<String> pathValues = new ArrayList<>();
        final List<Integer> alsoAccepted = new ArrayList<>();
        String extraQuery;
        String body;
        String contentType = "application/json";
        String checkUser;
        String checkPath;

        Probe(String operation, String user, String shared) {
            this.operation = operation;
            this.method = operation.substring(0, operation.indexOf(' '));
            this.template = operation.substring(operation.indexOf(' ') + 1);
            this.user = user;
            this.shared = shared;
        }

        Probe path(String... values) {
            pathValues.addAll(List.of(values));
            return this;
        }

        Probe query(String query) {
            extraQuery = query;
            return this;
        }

        Probe body(String json) {
            body = json;
            return this;
        }

        Probe csv(String csv) {
            body = csv;
            contentType = "text/csv";
            return this;
        }

        /** a status other than 403/404 that refuses without leaking (e.g. a refused import with line errors) */
        Probe alsoAccept(int status) {
            alsoAccepted.add(status);
            return this;
        }

        /** the victim's view of what this write would change, compared before and after */
        Probe unchanged(String victimUser, String victimPath) {
            checkUser = victimUser;
            checkPath = victimPath;
            return this;
        }

        String url(JsonObject described, boolean aimAtVictim) {
            Matcher matcher = TEMPLATE.matcher(template);
            StringBuilder path = new StringBuilder();
            int i = 0;
            while (matcher.find()) {
                if (i >= pathValues.size()) {
                    throw new AssertionError(operation + ": no value for {" + matcher.group(1) + "}");
                }
                matcher.appendReplacement(path, Matcher.quoteReplacement(URLEncoder.encode(pathValues.get(i++), StandardCharsets.UTF_8)));
            }
            matcher.appendTail(path);
            Map<String, String> query = new LinkedHashMap<>();
            for (JsonValue parameter : described.getJsonArray("parameters") == null ? List.<JsonValue>of() : described.getJsonArray("parameters")) {
                JsonObject p = parameter.asJsonObject();
                if ("query".equals(p.getString("in", ""))) {
                    String value = queryValue(p.getString("name"));
                    if (value != null) {
                        query.put(p.getString("name"), value);
                    }
                }
            }
            if (!aimAtVictim) {
                query.remove("agencyNumber");
            }
            if (extraQuery != null) {
                for (String pair : extraQuery.split("&")) {
                    query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
            }
            StringBuilder url = new StringBuilder(path.substring(1));
            String separator = "?";
            for (Map.Entry<String, String> entry : query.entrySet()) {
                url.append(separator).append(entry.getKey()).append('=').append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
                separator = "&";
            }
            return url.toString();
        }

        /** @return how many requests were probed; failures are added to the list */
        int run(JsonObject described, List<String> failures) {
            check(url(described, true), shared, operation, failures);
            if (method.equals("GET") && shared == null && declaresAgencyNumber(described)) {
                // the same read without agencyNumber answers the caller's own data: a query that forgets the filter shows here
                check(url(described, false), "OWN: without agencyNumber the caller's own data", operation + " (no agencyNumber)", failures);
                return 2;
            }
            return 1;
        }

        void check(String url, String sharedReason, String label, List<String> failures) {
            String before = checkPath == null ? null : victimView();
            HttpResponse<String> response = send(method, url, user, contentType, body);
            String after = checkPath == null ? null : victimView();
            String text = text(response);
            int status = response.statusCode();
            String what = label + "  as " + user + " (" + method + " /" + url + ")";
            String code = "";
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                Matcher found = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
                code = found.find() ? found.group(1) : "";
            }
            log.add(String.format("%d %-20s %s%s", status, code, what, sharedReason == null ? "" : "  [" + sharedReason + "]"));
            List<String> problems = new ArrayList<>();
            if (status >= 500) {
                problems.add("server error " + status);
            }
            if (sharedReason == null && status != 403 && status != 404 && !alsoAccepted.contains(status)) {
                problems.add("status " + status + " (expected 403/404)");
            }
            if (sharedReason == null && (status == 403 || status == 404)
                    && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                problems.add("refusal is not problem+json");
            }
            if (status == 400 && !alsoAccepted.contains(400)) {
                problems.add("PROBE BROKEN? 400 " + brief(text));
            }
            List<String> leaked = secrets.stream().filter(text::contains).toList();
            if (!leaked.isEmpty()) {
                problems.add("victim data in the answer " + leaked.stream().map(s -> s.replace(token, "<token>")).toList());
            }
            if (before != null && !before.equals(after)) {
                problems.add("CHANGED the victim's data (GET /" + checkPath + " as " + checkUser + " differs: before " + brief(before)
                        + " | after " + brief(after) + ")");
            }
            if (!problems.isEmpty()) {
                failures.add((sharedReason == null ? "LEAK      " : "LEAK " + sharedReason.substring(0, sharedReason.indexOf(':')) + "  ")
                        + what + ": " + String.join("; ", problems) + (status < 300 ? " — answer: " + brief(text.replace(token, "<token>")) : ""));
            }
        }

        private String victimView() {
            HttpResponse<String> view = send("GET", checkPath, checkUser, null, null);
            return view.statusCode() + " " + text(view);
        }
    }

    private static boolean declaresAgencyNumber(JsonObject described) {
        JsonArray parameters = described.getJsonArray("parameters");
        return parameters != null && parameters.stream().map(JsonValue::asJsonObject)
                .anyMatch(p -> "query".equals(p.getString("in", "")) && "agencyNumber".equals(p.getString("name", "")));
    }

    /** {@code GET /api/reporting/exports/{table}}: one probe per table the API lists. */
    private class ExportProbe extends Probe {

        ExportProbe() {
            super("GET /api/reporting/exports/{table}", "row-gf", null);
        }

        @Override
        int run(JsonObject described, List<String> failures) {
            JsonArray tables = read("row-gf", "api/reporting/exports").asJsonArray();
            Set<String> listed = new TreeSet<>();
            int run = 0;
            for (JsonValue value : tables) {
                JsonObject table = value.asJsonObject();
                String name = table.getString("name");
                listed.add(name);
                String expectation = EXPORTS.get(name);
                if (expectation == null) {
                    failures.add("NO PROBE  GET /api/reporting/exports/" + name + ": the export is listed, CrossTenantIT.EXPORTS has no entry");
                    continue;
                }
                StringBuilder url = new StringBuilder("api/reporting/exports/" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "?format=csv");
                Map<String, String> special = new TreeMap<>();
                for (String pair : EXPORT_QUERY.getOrDefault(name, "").split("&")) {
                    if (!pair.isEmpty()) {
                        special.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                    }
                }
                for (JsonValue parameter : table.getJsonArray("parameters")) {
                    String param = ((jakarta.json.JsonString) parameter).getString();
                    String filled = special.getOrDefault(param, queryValue(param));
                    if (filled != null) {
                        url.append('&').append(param).append('=').append(URLEncoder.encode(filled, StandardCharsets.UTF_8));
                    }
                }
                check(url.toString(), expectation.equals("DENIED") ? null : expectation, "GET /api/reporting/exports/" + name, failures);
                run++;
                if (url.indexOf("&agencyNumber=") > 0) {
                    String own = url.toString().replace("&agencyNumber=" + VICTIM, "");
                    check(own, "OWN: without agencyNumber the caller's own data", "GET /api/reporting/exports/" + name + " (no agencyNumber)", failures);
                    run++;
                }
            }
            for (String name : EXPORTS.keySet()) {
                if (!listed.contains(name)) {
                    failures.add("STALE     export " + name + ": in CrossTenantIT.EXPORTS, no longer listed by GET /api/reporting/exports");
                }
            }
            return run;
        }
    }
}
