package de.leitstand.controlling.it;

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

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Controlling on Payara Micro with a real database (planning deployed alongside for the targets):
 * imports accepted whole or refused whole, the Kennzahlen computed from what was imported, revisions
 * by a newer vintage, manual entry, tenancy and roles. Each test uses its own years.
 */
@ExtendWith(ArquillianExtension.class)
class ControllingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of("controlling-it");
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    /** Each test gets its own three years (year − 1 … year + 1), so tests never see each other's figures. */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_YEAR =
            new java.util.concurrent.atomic.AtomicInteger(2040 + 3 * ThreadLocalRandom.current().nextInt(0, 10));

    private static int someYear() {
        return NEXT_YEAR.getAndAdd(3);
    }

    /** Two years of ELB 5.000 and 100 integrations a month for Elbe-Elster, as CSV. */
    private static String twoYears(int year, String vintage) {
        StringBuilder csv = new StringBuilder("traeger_nr;monat;geschlecht;reihe;wert;datenstand\n");
        for (YearMonth m = YearMonth.of(year - 1, 1); !m.isAfter(YearMonth.of(year, 12)); m = m.plusMonths(1)) {
            csv.append("03504;").append(m).append(";G;ELB;5.000;").append(vintage).append('\n');
            csv.append("03504;").append(m).append(";G;INT;100;").append(vintage).append('\n');
        }
        return csv.toString();
    }

    private Reply postCsv(String user, String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/controlling/imports"))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void anAcceptedImportFeedsTheKennzahlen() throws Exception {
        int year = someYear();
        Reply imported = postCsv("ee-controlling", twoYears(year, year + 1 + "-03"));
        assertEquals(200, imported.status(), imported.body());
        assertEquals(48, imported.json().getInt("rows"), "24 months × ELB and INT");
        JsonObject k2 = api.get("api/controlling/kpis/K2?month=" + year + "-12", "ee-gremium").json();
        assertEquals(0, new java.math.BigDecimal("24").compareTo(k2.getJsonNumber("value").bigDecimalValue()), k2.toString());
        assertEquals(1200, k2.getJsonNumber("numerator").intValue());
        JsonObject k1 = api.get("api/controlling/kpis/K1?month=" + year + "-12", "ee-gremium").json();
        assertFalse(k1.containsKey("value"), "no LLU imported: not computable, never 0");
        assertTrue(k1.getString("reason").startsWith("Es fehlt Summe der Leistungen zum Lebensunterhalt"), k1.toString());

        // the same file again is refused and changes nothing; a changed value is revised in place (same vintage)
        Reply again = postCsv("ee-controlling", twoYears(year, year + 1 + "-03"));
        assertEquals(409, again.status(), again.body());
        assertEquals("IMPORT_DUPLICATE", again.code());
        String revised = twoYears(year, year + 1 + "-03").replace("03504;" + year + "-12;G;INT;100;", "03504;" + year + "-12;G;INT;160;");
        assertEquals(200, postCsv("ee-controlling", revised).status());
        var values = ApiClient.parse(api.get("api/controlling/values/03504/" + year + "-12", "ee-gf").body()).asJsonArray();
        assertEquals(2, values.size(), "one row per series and vintage: " + values);
        JsonObject integrations = values.stream().map(v -> v.asJsonObject()).filter(v -> v.getString("series").equals("INT"))
                .findFirst().orElseThrow();
        assertTrue(integrations.getString("source").matches("Import \\(Stapel \\d+\\)"), "the source names the batch, never a person: "
                + integrations);
        // the revision keeps the old and the new amount in the audit trail, naming the value by its business key
        String subject = "03504 · Integrationen · 12." + year + " · insgesamt · Datenstand 03." + (year + 1);
        JsonObject revision = api.get("api/audit?entityType=BasisValue&action=UPDATE&size=200", "ee-gf").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> subject.equals(e.getString("subject", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no audit entry for " + subject));
        assertEquals("ee-controlling", revision.getString("username"));
        JsonObject amount = revision.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("field").equals("value")).findFirst().orElseThrow();
        assertEquals("Wert", amount.getString("label"));
        assertEquals("100,00", amount.getString("oldValue"), revision.toString());
        assertEquals("160,00", amount.getString("newValue"), revision.toString());
        JsonObject national = api.get("api/controlling/national?month=" + year + "-12", "row-gremium").json();
        int k2Column = national.getJsonArray("codes").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList().indexOf("K2");
        JsonObject own = national.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("agencyNumber").equals("03504")).findFirst().orElseThrow();
        assertEquals("25.2000", own.getJsonArray("values").getJsonNumber(k2Column).bigDecimalValue().toPlainString(), "1.260 / 5.000");
    }

    @Test
    void k2e3DividesByInsuredIntegrationsAndEachMonthUsesItsVersion() throws Exception {
        int year = someYear();
        StringBuilder csv = new StringBuilder("traeger_nr;monat;geschlecht;reihe;wert;datenstand\n");
        for (YearMonth m = YearMonth.of(year - 1, 1); !m.isAfter(YearMonth.of(year, 12)); m = m.plusMonths(1)) {
            for (String row : List.of("INT;100", "INT_SVB;80", "KONT_BESCH;60", "ELB;5.000", "ZUG_ELB;" + (m.getMonthValue() == 1 ? 100 : 50),
                    "LLU_EUR;" + (m.getYear() == year ? "986.000,00" : "1.000.000,00"))) {
                csv.append("03504;").append(m).append(";G;").append(row).append(';').append(year + 1).append("-03\n");
            }
        }
        Reply imported = postCsv("ee-controlling", csv.toString());
        assertEquals(200, imported.status(), imported.body());
        JsonObject k2e3 = api.get("api/controlling/kpis/K2E3?month=" + year + "-12", "ee-gf").json();
        assertEquals("75.0000", k2e3.getJsonNumber("value").bigDecimalValue().toPlainString(), "720 / 960, not 720 / 1.200: " + k2e3);
        assertEquals("INT_SVB", k2e3.getString("denominatorCode"));
        assertEquals("Kontinuierliche Beschäftigung nach Integration", k2e3.getString("name"));
        assertTrue(k2e3.getString("source").contains("15.03.2019"), k2e3.toString());

        JsonObject k1 = api.get("api/controlling/kpis/K1?month=" + year + "-12", "ee-gf").json();
        assertEquals("98.6000", k1.getJsonNumber("value").bigDecimalValue().toPlainString(), "the quotient");
        assertEquals("-1.4000", k1.getJsonNumber("changePercent").bigDecimalValue().toPlainString(), "the change as the BA shows it");

        JsonObject k1e3 = api.get("api/controlling/kpis/K1E3?month=" + year + "-12", "ee-gf").json();
        assertEquals(12, k1e3.getJsonArray("monthlyRates").size());
        assertEquals("2.00000000", k1e3.getJsonArray("monthlyRates").getJsonObject(0).getJsonNumber("ratePercent").bigDecimalValue().toPlainString());
        // (2 + 11 × 1) / 12: the numerator is the sum of the rates and reproduces the value
        assertEquals("1.0833", k1e3.getJsonNumber("value").bigDecimalValue().toPlainString());
        assertEquals(0, new java.math.BigDecimal("13").compareTo(k1e3.getJsonNumber("numerator").bigDecimalValue()), k1e3.toString());
        assertEquals(0, new java.math.BigDecimal("12").compareTo(k1e3.getJsonNumber("denominator").bigDecimalValue()));

        // the demo figures of Elbe-Elster: December 2018 is computed with the 2011 version, January 2019 with the 2019 one
        JsonObject old = api.get("api/controlling/kpis/K2E3?month=2018-12", "ee-gf").json();
        assertEquals("Nachhaltigkeit der Integrationen", old.getString("name"));
        assertEquals("NACH_INT", old.getString("numeratorCode"));
        assertTrue(old.containsKey("value"), "computed before 2019 instead of 'nicht definiert': " + old);
        JsonObject current = api.get("api/controlling/kpis/K2E3?month=2019-01", "ee-gf").json();
        assertEquals("KONT_BESCH", current.getString("numeratorCode"));
        assertTrue(current.containsKey("value"), current.toString());
    }

    @Test
    void publishedValuesThatDifferInOneJobcenterAreFoundThere() throws Exception {
        int year = someYear();
        assertEquals(200, postCsv("ee-controlling", twoYearsOf("03504", year, 100)).status());
        assertEquals(200, postCsv("row-controlling", twoYearsOf("26706", year, 50)).status());
        String header = "traeger_nr;monat;geschlecht;kennzahl;wert;zaehler;nenner;datenstand\n";
        String good = "03504;" + year + "-12;G;K2;24,0;1.200;5.000;" + (year + 1) + "-04\n"
                + "26706;" + year + "-12;G;K2;13,0;650;5.000;" + (year + 1) + "-04\n";
        Reply refused = post("api/controlling/published", "admin", header + good + "26706;" + year + "-11;G;K2;zwölf;;;" + (year + 1) + "-04\n");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("Zeile 4, Spalte 5"), refused.body());
        assertEquals(0, api.get("api/controlling/reconciliation/national?month=" + year + "-12", "ee-gf").json().getInt("compared"),
                "a refused file stores nothing");

        Reply imported = post("api/controlling/published", "admin", header + good);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("inserted"));
        JsonObject national = api.get("api/controlling/reconciliation/national?month=" + year + "-12", "ee-gf").json();
        assertEquals(2, national.getInt("compared"));
        assertEquals(1, national.getJsonArray("differing").size(), national.toString());
        JsonObject differing = national.getJsonArray("differing").getJsonObject(0);
        assertEquals("26706", differing.getString("agencyNumber"));
        assertEquals(List.of("K2"), differing.getJsonArray("codes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());

        JsonObject rotenburg = api.get("api/controlling/reconciliation?agencyNumber=26706&month=" + year + "-12", "ee-gf").json();
        assertEquals(1, rotenburg.getInt("differing"));
        JsonObject k2 = rotenburg.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("code").equals("K2")).findFirst().orElseThrow();
        assertEquals("12.0000", k2.getJsonNumber("computedValue").bigDecimalValue().toPlainString());
        assertEquals(0, new java.math.BigDecimal("13").compareTo(k2.getJsonNumber("publishedValue").bigDecimalValue()));
        assertEquals(0, new java.math.BigDecimal("-1").compareTo(k2.getJsonNumber("difference").bigDecimalValue()));
        assertEquals("DIFFERENT", k2.getString("status"));
        assertTrue(k2.getString("reason").contains("Zähler 600 statt 650"), k2.toString());
        JsonObject own = api.get("api/controlling/reconciliation?month=" + year + "-12", "ee-gf").json();
        assertEquals(0, own.getInt("differing"), own.toString());
        assertTrue(own.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getString("code").equals("K2") && l.getString("status").equals("MATCH")), own.toString());
        assertEquals("ROLE_MISSING", post("api/controlling/published", "ee-gf", header + good).code());
    }

    private Reply post(String path, String user, String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void anImplausibleMonthIsAcceptedWithWarningsStoredWithTheBatch() throws Exception {
        int year = someYear();
        String csv = twoYears(year, year + 1 + "-03").replace("03504;" + year + "-12;G;INT;100;", "03504;" + year + "-12;G;INT;1.000;")
                + "03504;" + year + "-06;G;INT_SVB;150;" + (year + 1) + "-03\n";
        Reply imported = postCsv("ee-controlling", csv);
        assertEquals(200, imported.status(), "warnings never block: " + imported.body());
        JsonObject result = imported.json();
        assertEquals(49, result.getInt("rows"));
        List<JsonObject> warnings = result.getJsonArray("warnings").getValuesAs(JsonObject.class);
        assertTrue(warnings.stream().anyMatch(w -> w.getString("rule").equals("PART_EXCEEDS_WHOLE") && w.getString("series").equals("INT_SVB")
                && w.getString("month").equals(year + "-06") && w.getString("valuesPath").equals("/api/controlling/values/03504/" + year + "-06")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.getString("rule").equals("OUTLIER") && w.getString("series").equals("INT")
                && w.getString("month").equals(year + "-12")), warnings.toString());
        assertEquals(result.getInt("warningCount"), warnings.size());
        long id = result.getJsonNumber("importId").longValue();
        var stored = ApiClient.parse(api.get("api/controlling/imports/" + id + "/warnings", "ee-gf").body()).asJsonArray();
        assertEquals(warnings.size(), stored.size(), "kept with the batch");
        var batches = ApiClient.parse(api.get("api/controlling/imports", "ee-controlling").body()).asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(warnings.size(), batches.stream().filter(b -> b.getJsonNumber("id").longValue() == id).findFirst().orElseThrow()
                .getJsonNumber("warningCount").intValue());
        assertEquals("TENANT_FORBIDDEN", api.get("api/controlling/imports/" + id + "/warnings", "row-gf").code(),
                "another Jobcenter's import is not shown");
    }

    @Test
    void aFileWithOneBadLineIsRefusedWholeWithLineAndColumn() throws Exception {
        int year = someYear();
        String csv = twoYears(year, year + 1 + "-03") + "03504;" + year + "-05;G;ELB;-7;" + (year + 1) + "-03\n";
        Reply refused = postCsv("ee-controlling", csv);
        assertEquals(400, refused.status());
        assertEquals("IMPORT_INVALID", refused.code());
        assertTrue(refused.body().contains("Zeile 50, Spalte 5"), refused.body());
        assertFalse(api.get("api/controlling/kpis/K2?month=" + year + "-12", "ee-controlling").json().containsKey("value"),
                "nothing of the file was imported");
        assertTrue(api.get("api/controlling/values/03504/" + year + "-01", "ee-controlling").body().equals("[]"));
    }

    @Test
    void aNewerVintageRevisesAValueAndKeepsTheOldOne() throws Exception {
        int year = someYear();
        assertEquals(200, postCsv("ee-controlling", twoYears(year, year + 1 + "-03")).status());
        Reply revised = api.put("api/controlling/values/03504/" + year + "-12?datenstand=" + (year + 1) + "-06", "ee-controlling",
                "{\"INT\": 220}");
        assertEquals(200, revised.status(), revised.body());
        JsonObject latest = api.get("api/controlling/kpis/K2?month=" + year + "-12", "ee-controlling").json();
        assertEquals(1320, latest.getJsonNumber("numerator").intValue(), "the latest vintage counts");
        JsonObject older = api.get("api/controlling/kpis/K2?month=" + year + "-12&datenstand=" + (year + 1) + "-03", "ee-controlling").json();
        assertEquals(1200, older.getJsonNumber("numerator").intValue(), "an older vintage can still be asked for");
        long versions = ApiClient.parse(api.get("api/controlling/values/03504/" + year + "-12", "ee-controlling").body()).asJsonArray()
                .stream().map(JsonValue::asJsonObject).filter(v -> v.getString("series").equals("INT")).count();
        assertEquals(2, versions);
    }

    @Test
    void valuesEnteredByHandAreCheckedLikeAnImportAndTheirWarningsKeptWithTheEntry() throws Exception {
        int year = someYear();
        assertEquals(200, postCsv("ee-controlling", twoYears(year, year + 1 + "-03")).status());
        Reply entered = api.put("api/controlling/values/03504/" + year + "-12?datenstand=" + (year + 1) + "-06", "ee-controlling",
                "{\"INT\": 90, \"INT_SVB\": 95}");
        assertEquals(200, entered.status(), entered.body());
        JsonObject result = entered.json();
        List<JsonObject> warnings = result.getJsonArray("warnings").getValuesAs(JsonObject.class);
        assertTrue(warnings.stream().anyMatch(w -> w.getString("rule").equals("PART_EXCEEDS_WHOLE") && w.getString("series").equals("INT_SVB")),
                "INT_SVB 95 > INT 90: " + warnings);
        long id = result.getJsonNumber("importId").longValue();
        var batch = ApiClient.parse(api.get("api/controlling/imports", "ee-controlling").body()).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(b -> b.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(warnings.size(), batch.getJsonNumber("warningCount").intValue(), "listed with the imports");
        assertEquals(warnings.size(), ApiClient.parse(api.get("api/controlling/imports/" + id + "/warnings", "ee-controlling").body())
                .asJsonArray().size(), "stored with the entry's batch");
        String source = ApiClient.parse(api.get("api/controlling/values/03504/" + year + "-12", "ee-controlling").body()).asJsonArray()
                .stream().map(JsonValue::asJsonObject).filter(v -> v.getString("series").equals("INT_SVB")).findFirst().orElseThrow()
                .getString("source");
        assertEquals("Erfassung (Stapel " + id + ")", source);
    }

    @Test
    void onlyControllingWritesAndOnlyItsOwnJobcenter() throws Exception {
        int year = someYear();
        assertEquals("ROLE_MISSING", postCsv("ee-gf", twoYears(year, year + "-12")).code());
        Reply foreign = postCsv("row-controlling", twoYears(year, year + "-12"));
        assertEquals("IMPORT_INVALID", foreign.code());
        assertTrue(foreign.body().contains("Zahlen des Jobcenters 03504 dürfen Sie nicht importieren"));
        assertEquals("TENANT_FORBIDDEN", api.put("api/controlling/values/03504/" + year + "-01", "row-controlling", "{\"ELB\": 1}").code());
        assertEquals("VALUES_INVALID", api.put("api/controlling/values/03504/" + year + "-01", "ee-controlling",
                "{\"ELB\": -1, \"NIX\": 2}").code());
        assertEquals("TENANT_FORBIDDEN", api.get("api/controlling/tracking?month=" + year + "-01&agencyNumber=26706", "ee-gf").code());
        assertEquals(200, api.get("api/controlling/kpis?month=" + year + "-01&agencyNumber=26706", "ee-gf").status(),
                "other Jobcenters' figures are published statistics");
    }

    @Test
    void comparisonRanksAllJobcentersAndMarksTheOwn() throws Exception {
        int year = someYear();
        assertEquals(200, postCsv("ee-controlling", twoYears(year, year + 1 + "-03")).status());
        JsonObject comparison = api.get("api/controlling/comparison/K2?month=" + year + "-12", "ee-gf").json();
        JsonObject own = comparison.getJsonArray("ranks").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getBoolean("own")).findFirst().orElseThrow();
        assertEquals("03504", own.getString("agencyNumber"));
        assertEquals("KPI_NOT_FOUND", api.get("api/controlling/comparison/K9?month=" + year + "-12", "ee-gf").code());
        assertEquals("MONTH_INVALID", api.get("api/controlling/kpis?month=12/2020", "ee-gf").code());
    }

    /** Two years of ELB 5.000 and {@code integrations} a month for one Jobcenter. */
    private static String twoYearsOf(String agency, int year, int integrations) {
        StringBuilder csv = new StringBuilder("traeger_nr;monat;geschlecht;reihe;wert\n");
        for (YearMonth m = YearMonth.of(year - 1, 1); !m.isAfter(YearMonth.of(year, 12)); m = m.plusMonths(1)) {
            csv.append(agency).append(';').append(m).append(";G;ELB;5000\n");
            csv.append(agency).append(';').append(m).append(";G;INT;").append(integrations).append('\n');
        }
        return csv.toString();
    }

    @Test
    void comparisonTypesAreMaintainedByTheAdministratorAndRestrictTheRanking() throws Exception {
        int year = someYear();
        String first = "T" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String second = first + "b";
        assertEquals(200, postCsv("ee-controlling", twoYearsOf("03504", year, 100)).status());
        assertEquals(200, postCsv("row-controlling", twoYearsOf("26706", year, 50)).status());

        // refusals first: role, bad period, unknown Jobcenter; nothing is stored
        assertEquals("ROLE_MISSING", api.put("api/controlling/comparison-types/" + first, "ee-controlling",
                "{\"name\": \"Test\", \"validFrom\": \"" + year + "-01\"}").code());
        Reply badPeriod = api.put("api/controlling/comparison-types/" + first, "admin",
                "{\"name\": \" \", \"validFrom\": \"" + year + "-05\", \"validTo\": \"" + year + "-01\"}");
        assertEquals("COMPARISON_TYPE_INVALID", badPeriod.code());
        assertTrue(badPeriod.body().contains("liegt vor dem Beginn") && badPeriod.body().contains("Bezeichnung"), badPeriod.body());
        assertEquals(404, api.get("api/controlling/comparison/K2?month=" + year + "-12&group=" + first, "ee-gf").status());

        assertEquals(200, api.put("api/controlling/comparison-types/" + first, "admin",
                "{\"name\": \"Ländlich, hohe Arbeitslosigkeit\", \"validFrom\": \"" + (year - 1) + "-01\"}").status());
        assertEquals(200, api.put("api/controlling/comparison-types/" + second, "admin",
                "{\"name\": \"Zweiter Typ\", \"validFrom\": \"" + (year - 1) + "-01\"}").status());
        assertEquals("JOBCENTER_UNKNOWN", api.post("api/controlling/comparison-types/" + first + "/members", "admin",
                "{\"agencyNumber\": \"99999\", \"from\": \"" + year + "-01\"}").code());
        assertEquals("ROLE_MISSING", api.post("api/controlling/comparison-types/" + first + "/members", "ee-controlling",
                "{\"agencyNumber\": \"03504\", \"from\": \"" + year + "-01\"}").code());
        assertEquals(200, api.post("api/controlling/comparison-types/" + first + "/members", "admin",
                "{\"agencyNumber\": \"03504\", \"from\": \"" + year + "-01\"}").status());
        JsonObject assigned = api.post("api/controlling/comparison-types/" + first + "/members", "admin",
                "{\"agencyNumber\": \"26706\", \"from\": \"" + year + "-01\"}").json();
        assertEquals(2, assigned.getJsonArray("members").size());

        JsonObject both = api.get("api/controlling/comparison/K2?month=" + year + "-06&group=" + first, "ee-gf").json();
        assertEquals(2, both.getJsonArray("ranks").size(), both.toString());
        JsonObject top = both.getJsonArray("ranks").getJsonObject(0);
        assertEquals("03504", top.getString("agencyNumber"));
        assertTrue(top.getBoolean("own"));
        assertEquals(first, both.getString("group"));

        // Rotenburg moves to the second type from July: the first type keeps it until June only
        assertEquals(200, api.post("api/controlling/comparison-types/" + second + "/members", "admin",
                "{\"agencyNumber\": \"26706\", \"from\": \"" + year + "-07\"}").status());
        assertEquals(1, api.get("api/controlling/comparison/K2?month=" + year + "-12&group=" + first, "ee-gf").json()
                .getJsonArray("ranks").size());
        assertEquals(2, api.get("api/controlling/comparison/K2?month=" + year + "-06&group=" + first, "ee-gf").json()
                .getJsonArray("ranks").size());
        assertEquals("ALREADY_ASSIGNED", api.post("api/controlling/comparison-types/" + first + "/members", "admin",
                "{\"agencyNumber\": \"26706\", \"from\": \"" + year + "-03\"}").code());
        assertEquals("ASSIGNMENT_EXISTS", api.post("api/controlling/comparison-types/" + first + "/members", "admin",
                "{\"agencyNumber\": \"26706\", \"from\": \"" + year + "-07\"}").code());
        // history filled in afterwards: the earlier assignment ends before the existing one starts
        JsonObject backfilled = api.post("api/controlling/comparison-types/" + second + "/members", "admin",
                "{\"agencyNumber\": \"26706\", \"from\": \"" + (year - 1) + "-01\"}").json();
        assertEquals((year - 1) + "-12", backfilled.getJsonArray("members").getJsonObject(0).getString("validTo"));
        assertEquals(2, api.get("api/controlling/comparison/K2?month=" + year + "-06&group=" + first, "ee-gf").json()
                .getJsonArray("ranks").size(), "Rotenburg still belongs to the first type in June");

        // a change with a stale version is refused as a conflict
        assertEquals(409, api.put("api/controlling/comparison-types/" + first, "admin",
                "{\"name\": \"Neu\", \"validFrom\": \"" + (year - 1) + "-01\", \"version\": 99}").status());
        var types = api.get("api/controlling/comparison-types?month=" + year + "-12", "ee-gf").body();
        assertTrue(types.contains("Ländlich, hohe Arbeitslosigkeit") && !types.contains("\"Neu\""), types);

        // removing Rotenburg's move to the second type: the first assignment runs on
        String move = "api/controlling/comparison-types/" + second + "/members/26706/" + year + "-07";
        assertEquals("ROLE_MISSING", api.delete(move, "ee-controlling").code());
        assertEquals("ASSIGNMENT_NOT_FOUND", api.delete("api/controlling/comparison-types/" + second + "/members/26706/" + year + "-08", "admin").code());
        assertEquals(200, api.delete(move, "admin").status());
        assertEquals(2, api.get("api/controlling/comparison/K2?month=" + year + "-12&group=" + first, "ee-gf").json()
                .getJsonArray("ranks").size(), "Rotenburg belongs to the first type again after June");
    }

    @Test
    void trackingComparesTheYearSoFarAndTheLocalGoalsWithThePlan() throws Exception {
        int year = someYear();
        assertEquals(200, postCsv("ee-controlling", twoYearsOf("03504", year, 100)).status());
        Reply created = api.post("api/planning/programmes", "ee-controlling", "{\"year\":" + year + ",\"standDate\":\"" + (year - 1) + "-11-14\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject summary = created.json().getJsonObject("summary");
        String path = "api/planning/programmes/" + summary.getJsonNumber("id").longValue();
        Reply targets = api.put(path + "/targets", "ee-controlling", "{\"integrations\":1300,\"integrationRate\":26.0,"
                + "\"version\":" + summary.getJsonNumber("version").longValue() + "}");
        assertEquals(200, targets.status(), targets.body());
        long version = targets.json().getJsonObject("summary").getJsonNumber("version").longValue();
        Reply goals = api.put(path + "/goals", "ee-controlling", "{\"goals\":["
                + "{\"kind\":\"LOKAL\",\"title\":\"Integrationsquote halten\",\"indicator\":\"K2\",\"comparator\":\"GE\",\"targetNumber\":24,\"targetUnit\":\"%\",\"kpiCode\":\"K2\"},"
                + "{\"kind\":\"LOKAL\",\"title\":\"Quote steigern\",\"indicator\":\"K2\",\"comparator\":\"GT\",\"targetNumber\":25,\"targetUnit\":\"%\",\"kpiCode\":\"K2\"},"
                + "{\"kind\":\"KOMMUNAL\",\"title\":\"Ohne Kennzahl\",\"indicator\":\"Text\",\"targetText\":\"mehr Kitaplätze\"}"
                + "],\"version\":" + version + "}");
        assertEquals(200, goals.status(), goals.body());

        JsonObject tracking = api.get("api/controlling/tracking?month=" + year + "-06", "ee-gf").json();
        assertEquals(1300, tracking.getInt("plannedIntegrations"));
        assertEquals(0, new java.math.BigDecimal("600").compareTo(tracking.getJsonNumber("integrationsSoFar").bigDecimalValue()));
        assertEquals(650, tracking.getInt("plannedToDate"), "1300 spread evenly without a target path: 6/12");
        var tracked = tracking.getJsonArray("goals");
        assertEquals(2, tracked.size(), "only goals naming a Kennzahl are tracked: " + tracked);
        // K2 = 12 × 100 integrations over an average of 5.000 ELB = 24,0 %
        assertEquals(0, new java.math.BigDecimal("24.0").compareTo(tracked.getJsonObject(0).getJsonNumber("value").bigDecimalValue()));
        assertTrue(tracked.getJsonObject(0).getBoolean("met"));
        assertFalse(tracked.getJsonObject(1).getBoolean("met"));

        var series = api.get("api/controlling/series/K2?from=" + year + "-01&to=" + year + "-06", "ee-gf").body();
        var points = jakarta.json.Json.createReader(new java.io.StringReader(series)).readArray();
        assertEquals(6, points.size(), series);
        assertEquals(year + "-06", points.getJsonObject(5).getString("month"));
        assertEquals(0, new java.math.BigDecimal("24.0").compareTo(points.getJsonObject(5).getJsonNumber("value").bigDecimalValue()));
        assertEquals("PERIOD_INVALID", api.get("api/controlling/series/K2?from=" + year + "-06&to=" + year + "-01", "ee-gf").code());
        assertEquals("PERIOD_TOO_LONG", api.get("api/controlling/series/K2?from=" + (year - 10) + "-01&to=" + year + "-01", "ee-gf").code());
    }

    /**
     * Two years of Elbe-Elster figures (total ELB 5.000 / INT 100, women 2.400 / 40, men 2.600 / 65 a month)
     * and a programme for the year with the targets given (JSON fields without braces).
     */
    private void genderYearsWithTargets(int year, String targetFields) throws Exception {
        StringBuilder csv = new StringBuilder(twoYearsOf("03504", year, 100));
        for (YearMonth m = YearMonth.of(year - 1, 1); !m.isAfter(YearMonth.of(year, 12)); m = m.plusMonths(1)) {
            csv.append("03504;").append(m).append(";W;ELB;2400\n03504;").append(m).append(";W;INT;40\n");
            csv.append("03504;").append(m).append(";M;ELB;2600\n03504;").append(m).append(";M;INT;65\n");
        }
        assertEquals(200, postCsv("ee-controlling", csv.toString()).status());
        Reply created = api.post("api/planning/programmes", "ee-controlling", "{\"year\":" + year + ",\"standDate\":\"" + (year - 1) + "-11-14\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject summary = created.json().getJsonObject("summary");
        Reply targets = api.put("api/planning/programmes/" + summary.getJsonNumber("id").longValue() + "/targets", "ee-controlling",
                "{" + targetFields + ",\"version\":" + summary.getJsonNumber("version").longValue() + "}");
        assertEquals(200, targets.status(), targets.body());
    }

    @Test
    void targetsAreTrackedForWomenAndMenWithTheirOwnTrafficLights() throws Exception {
        int year = someYear();
        genderYearsWithTargets(year, "\"integrations\":1300,\"integrationRate\":26.0,\"integrationsWomen\":520,\"integrationsMen\":780");

        List<JsonObject> byGender = api.get("api/controlling/tracking?month=" + year + "-06", "ee-gf").json().getJsonArray("byGender")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("GESAMT", "FRAUEN", "MAENNER"), byGender.stream().map(g -> g.getString("gender")).toList());
        JsonObject women = byGender.get(1);
        assertEquals(520, women.getInt("plannedIntegrations"));
        assertEquals(260, women.getInt("plannedToDate"), "520 × 650 / 1.300");
        assertEquals(0, new java.math.BigDecimal("240").compareTo(women.getJsonNumber("integrationsSoFar").bigDecimalValue()));
        assertEquals("10.0000", women.getJsonNumber("yearToDateRate").bigDecimalValue().toPlainString(), "240 / Ø 2.400");
        assertEquals("ROT", women.getString("trafficLight"), "forecast 480 of 520 = 92,3 %");
        JsonObject men = byGender.get(2);
        assertEquals(390, men.getInt("plannedToDate"));
        assertEquals("GRUEN", men.getString("trafficLight"), "forecast 780 of 780");
        assertEquals(1300, byGender.get(0).getInt("plannedIntegrations"));
    }

    @Test
    void quotaTargetsForWomenAndMenAreJudgedByTheirOwnQuota() throws Exception {
        int year = someYear();
        genderYearsWithTargets(year, "\"integrationRate\":26.0,\"integrationRateWomen\":21.0,\"integrationRateMen\":29.0");

        JsonObject tracking = api.get("api/controlling/tracking?month=" + year + "-06", "ee-gf").json();
        List<JsonObject> byGender = tracking.getJsonArray("byGender").getValuesAs(JsonObject.class);
        JsonObject total = byGender.get(0);
        assertEquals("QUOTE", total.getString("judgedBy"));
        assertEquals("ROT", total.getString("trafficLight"), "forecast 1.200 / Ø 5.000 = 24 % of 26 % = 92,3 %");
        assertEquals("ROT", tracking.getString("trafficLight"), "the headline light is the total's");
        JsonObject women = byGender.get(1);
        assertEquals("QUOTE", women.getString("judgedBy"));
        assertEquals(0, new java.math.BigDecimal("21.0").compareTo(women.getJsonNumber("plannedRate").bigDecimalValue()));
        assertEquals(0, new java.math.BigDecimal("10.5").compareTo(women.getJsonNumber("plannedRateToDate").bigDecimalValue()), "21 × 6 / 12");
        assertEquals("10.0000", women.getJsonNumber("yearToDateRate").bigDecimalValue().toPlainString(), "240 / Ø 2.400");
        assertEquals("20.0000", women.getJsonNumber("forecastRate").bigDecimalValue().toPlainString(), "480 / Ø 2.400");
        assertEquals("95.2", women.getJsonNumber("forecastAttainmentPercent").bigDecimalValue().toPlainString(), "20 / 21");
        assertEquals("GELB", women.getString("trafficLight"));
        JsonObject men = byGender.get(2);
        assertEquals("30.0000", men.getJsonNumber("forecastRate").bigDecimalValue().toPlainString(), "780 / Ø 2.600");
        assertEquals("GRUEN", men.getString("trafficLight"), "30 of 29 %");
        assertTrue(!men.containsKey("plannedIntegrations") || men.isNull("plannedIntegrations"), men.toString());
    }

    @Test
    void fachaufsichtPlansAuditsAndFollowsUpItsFindings() throws Exception {
        String code = "IT" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String areas = "api/controlling/supervision/areas";
        assertEquals("ROLE_MISSING", api.post(areas, "ee-gf", "{\"code\":\"" + code + "\",\"name\":\"x\"}").code());
        assertEquals("ROLE_MISSING", api.get(areas, "ee-team").code());
        assertEquals("TENANT_FORBIDDEN", api.get(areas + "?agencyNumber=03504", "row-gremium").code());
        Reply invalid = api.post(areas, "ee-fachaufsicht", "{\"code\":\"" + code + "\",\"name\":\" \",\"errorThreshold\":150}");
        assertEquals("AREA_INVALID", invalid.code());
        assertEquals(2, invalid.json().getJsonArray("errors").size(), invalid.body());
        JsonObject area = api.post(areas, "ee-fachaufsicht", "{\"code\":\"" + code + "\",\"name\":\"KdU IT\",\"errorThreshold\":5}").json();
        long areaId = area.getJsonNumber("id").longValue();
        assertEquals("AREA_EXISTS", api.post(areas, "ee-fachaufsicht", "{\"code\":\"" + code + "\",\"name\":\"again\"}").code());

        String plan = "api/controlling/supervision/plan/2019";
        assertEquals("PLAN_INVALID", api.put(plan, "ee-fachaufsicht", "{\"areaId\":" + areaId + ",\"riskScore\":7,\"minCasesPerMonth\":2}").code());
        assertEquals(200, api.put(plan, "ee-fachaufsicht", "{\"areaId\":" + areaId + ",\"riskScore\":4,\"minCasesPerMonth\":2}").status());
        assertEquals("CONCURRENT_MODIFICATION", api.put(plan, "ee-fachaufsicht",
                "{\"areaId\":" + areaId + ",\"riskScore\":5,\"minCasesPerMonth\":2,\"version\":99}").code());

        String cases = "api/controlling/supervision/cases";
        String[][] audited = {{"2019-01-10", "true"}, {"2019-01-11", "false"}, {"2019-02-04", "false"}, {"2019-02-05", "false"},
                {"2019-02-06", "false"}, {"2019-02-07", "false"}};
        int n = 0;
        for (String[] c : audited) {
            boolean faulty = Boolean.parseBoolean(c[1]);
            Reply r = api.post(cases, "ee-fachaufsicht", "{\"date\":\"" + c[0] + "\",\"areaId\":" + areaId
                    + ",\"team\":\"Team 1\",\"auditor\":\"P1\",\"caseReference\":\"BG-" + (++n) + "\",\"faulty\":" + faulty
                    + (faulty ? ",\"errorType\":\"Miete falsch\",\"financialImpact\":120.50" : "") + "}");
            assertEquals(200, r.status(), r.body());
        }
        assertEquals("CASE_INVALID", api.post(cases, "ee-fachaufsicht", "{\"date\":\"2019-02-08\",\"areaId\":" + areaId
                + ",\"team\":\"T\",\"auditor\":\"P\",\"caseReference\":\"Max Mustermann\",\"faulty\":false}").code(), "no names");
        assertEquals("CASE_INVALID", api.post(cases, "ee-fachaufsicht", "{\"date\":\"2019-02-08\",\"areaId\":" + areaId
                + ",\"team\":\"T\",\"auditor\":\"P\",\"caseReference\":\"BG-9\",\"faulty\":true}").code(), "error type missing");
        assertEquals("ROLE_MISSING", api.post(cases, "ee-controlling", "{}").code());

        JsonObject overview = api.get("api/controlling/supervision/overview?month=2019-02", "ee-gf").json();
        JsonObject rates = overview.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow();
        assertEquals("0.0", rates.getJsonNumber("rateInMonth").bigDecimalValue().toPlainString());
        assertEquals("25.0", rates.getJsonNumber("annualAverage").bigDecimalValue().toPlainString(), "mean of 50 % and 0 %");
        assertTrue(rates.getBoolean("thresholdExceeded"));
        assertEquals(6, rates.getInt("auditedSoFar"));
        assertEquals(4, rates.getInt("plannedSoFar"));
        assertEquals("150.0", rates.getJsonNumber("densityPercent").bigDecimalValue().toPlainString());
        assertEquals("120.50", rates.getJsonNumber("financialImpactSoFar").bigDecimalValue().toPlainString());
        assertTrue(overview.getJsonArray("alerts").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(a -> a.getString().startsWith("Fehlerquote KdU IT: Jahresdurchschnitt 25,0 %")), overview.toString());
        assertEquals(2, ApiClient.parse(api.get(cases + "?month=2019-01", "ee-fachaufsicht").body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("areaCode").equals(code)).count());
        JsonObject finding = api.post("api/controlling/supervision/findings", "ee-fachaufsicht",
                "{\"areaId\":" + areaId + ",\"foundOn\":\"2019-02-28\",\"description\":\"Mietobergrenze falsch angewandt\"}").json();
        long findingId = finding.getJsonNumber("id").longValue();
        JsonObject action = api.post("api/controlling/supervision/findings/" + findingId + "/actions", "ee-fachaufsicht",
                "{\"description\":\"Schulung\",\"owner\":\"TL Leistung\",\"dueDate\":\"2019-03-31\"}").json();
        long actionId = action.getJsonNumber("id").longValue();
        assertEquals("OFFEN", action.getString("status"));
        assertTrue(action.getBoolean("overdue"));
        assertTrue(api.get("api/controlling/supervision/actions/overdue", "ee-gf").body().contains("\"id\":" + actionId + ","));
        assertEquals("ROLE_MISSING", api.post("api/controlling/supervision/actions/" + actionId + "/done?version=0", "row-controlling", "").code());
        assertEquals("CONCURRENT_MODIFICATION", api.post("api/controlling/supervision/actions/" + actionId + "/done?version=5",
                "ee-fachaufsicht", "").code());
        long version = action.getJsonNumber("version").longValue();
        JsonObject done = api.post("api/controlling/supervision/actions/" + actionId + "/done?version=" + version, "ee-fachaufsicht", "").json();
        assertEquals("UMGESETZT", done.getString("status"));
        String followUp = "api/controlling/supervision/actions/" + actionId + "/follow-up";
        assertEquals("FOLLOW_UP_INVALID", api.post(followUp, "ee-fachaufsicht", "{\"checkedOn\":\"2019-04-15\",\"result\":\"weiter Fehler\","
                + "\"effective\":false,\"version\":" + done.getJsonNumber("version") + "}").code(), "reopening needs a new due date");
        JsonObject closed = api.post(followUp, "ee-fachaufsicht", "{\"checkedOn\":\"2019-04-15\",\"result\":\"10 Fälle ohne Fehler\","
                + "\"effective\":true,\"version\":" + done.getJsonNumber("version") + "}").json();
        assertEquals("ABGESCHLOSSEN", closed.getString("status"));
        assertFalse(closed.getBoolean("overdue"));
        assertFalse(api.get("api/controlling/supervision/actions/overdue", "ee-gf").body().contains("\"id\":" + actionId + ","));
        assertEquals("ACTION_CLOSED", api.post(followUp, "ee-fachaufsicht", "{\"checkedOn\":\"2019-04-16\",\"result\":\"x\","
                + "\"effective\":true,\"version\":" + closed.getJsonNumber("version") + "}").code());
    }

    @Test
    void theDemoFachaufsichtShowsTheBuTThresholdExceeded() throws Exception {
        JsonObject overview = api.get("api/controlling/supervision/overview?month=2020-12", "ee-fachaufsicht").json();
        java.util.Map<String, JsonObject> byCode = new java.util.HashMap<>();
        overview.getJsonArray("areas").getValuesAs(JsonObject.class).forEach(a -> byCode.put(a.getString("code"), a));
        assertEquals("5.8", byCode.get("BUT").getJsonNumber("annualAverage").bigDecimalValue().toPlainString(), "7 months at 10 %");
        assertTrue(byCode.get("BUT").getBoolean("thresholdExceeded"));
        assertEquals("2.9", byCode.get("KDU").getJsonNumber("annualAverage").bigDecimalValue().toPlainString(), "7 months at 5 %");
        assertFalse(byCode.get("KDU").getBoolean("thresholdExceeded"));
        assertEquals(240, byCode.get("KDU").getInt("auditedSoFar"));
        assertTrue(api.get("api/controlling/supervision/findings", "ee-gf").body().contains("ABGESCHLOSSEN"));
    }


    private Reply postStructure(String user, String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/controlling/structure/imports"))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void structureFiguresAreImportedWholeOrNotAtAllAndGiveTheSeedTables() throws Exception {
        assertEquals("TENANT_FORBIDDEN", api.get("api/controlling/structure/prognosis?period=2019&agencyNumber=03504", "row-gremium").code(),
                "structure figures are the Jobcenter's own data");
        assertEquals("TENANT_FORBIDDEN", api.get("api/controlling/structure/values/03504/2019", "row-gremium").code());
        assertEquals("TENANT_FORBIDDEN", api.get("api/controlling/values/03504/2020-12", "row-gremium").code(),
                "raw basis values and their provenance stay with the own Jobcenter");
        JsonObject prognosis = api.get("api/controlling/structure/prognosis?period=2019&agencyNumber=03504", "ee-gremium").json();
        var rows = prognosis.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals("5485", rows.get(0).getJsonNumber("value").bigDecimalValue().toPlainString());
        assertEquals("3.2", rows.get(1).getJsonNumber("share").bigDecimalValue().toPlainString());
        assertEquals("27.1", rows.get(3).getJsonNumber("share").bigDecimalValue().toPlainString());
        assertEquals(439, rows.get(3).getJsonObject("byAge").getInt("U25"));
        assertTrue(prognosis.getBoolean("complete"));
        JsonObject employed = api.get("api/controlling/structure/employment?month=2019-04", "ee-gf").json()
                .getJsonArray("rows").getJsonObject(1);
        assertEquals("-197", employed.getJsonNumber("changeAbsolute").bigDecimalValue().toPlainString());
        assertEquals("-10.8", employed.getJsonNumber("changePercent").bigDecimalValue().toPlainString());
        var averages = ApiClient.parse(api.get("api/controlling/structure/annual-averages?from=2009&to=2019", "ee-gf").body()).asJsonArray();
        assertEquals(11, averages.size());
        assertEquals(4470, averages.getJsonObject(10).getInt("bg"));
        assertEquals("YEAR_INVALID", api.get("api/controlling/structure/annual-averages?from=neun&to=2019", "ee-gf").code());

        String year = String.valueOf(someYear());
        String good = "traeger_nr;zeitraum;merkmal;kategorie;altersgruppe;wert\n03504;" + year + ";ELB_IP;MARKTNAH;U25;40\n";
        Reply refused = postStructure("ee-controlling", good + "03504;" + year + ";ELB_IP;MARKTNAH;;41\n");
        assertEquals("IMPORT_INVALID", refused.code());
        assertTrue(refused.body().contains("Zeile 3, Spalte 5"), refused.body());
        assertEquals("[]", api.get("api/controlling/structure/values/03504/" + year, "ee-controlling").body(), "nothing imported");
        assertEquals("ROLE_MISSING", postStructure("ee-gf", good).code());
        assertTrue(postStructure("row-controlling", good).body().contains("Zahlen des Jobcenters 03504 dürfen Sie nicht importieren"));
        assertEquals("TENANT_FORBIDDEN", api.put("api/controlling/structure/values/03504/BG/" + year, "row-controlling", "{\"value\":1}").code());
        assertEquals(200, postStructure("ee-controlling", good).status());
        assertEquals("VALUE_INVALID", api.put("api/controlling/structure/values/03504/ELB_IP/" + year, "ee-controlling",
                "{\"category\":\"MARKTNAH\",\"ageGroup\":\"U99\",\"value\":1}").code());
        assertEquals(200, api.put("api/controlling/structure/values/03504/ELB_IP/" + year, "ee-controlling",
                "{\"category\":\"MARKTNAH\",\"ageGroup\":\"U25\",\"value\":42,\"vintage\":\"2099-01\"}").status());
        var stored = ApiClient.parse(api.get("api/controlling/structure/values/03504/" + year, "ee-gremium").body()).asJsonArray();
        assertEquals(2, stored.size(), "the newer vintage revises, the old value stays");
        assertEquals(42, stored.getJsonObject(0).getInt("value"));
        assertTrue(stored.getJsonObject(0).getBoolean("latest"));
        JsonObject partial = api.get("api/controlling/structure/prognosis?period=" + year, "ee-gf").json();
        assertFalse(partial.getBoolean("complete"));
        JsonValue total = partial.getJsonArray("rows").getJsonObject(0).get("value");
        assertTrue(total == null || total.getValueType() == JsonValue.ValueType.NULL, "a missing cell leaves the total empty, never 0");
    }


    @Test
    void qualityStandardsAndReviewDialoguesKeepTheirFiguresAndActions() throws Exception {
        String code = "Q" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String standards = "api/controlling/quality/standards";
        assertEquals("ROLE_MISSING", api.post(standards, "ee-gf", "{}").code());
        assertEquals("ROLE_MISSING", api.get(standards, "ee-team").code());
        assertEquals("TENANT_FORBIDDEN", api.get(standards + "?agencyNumber=03504", "row-gremium").code());
        assertEquals("STANDARD_INVALID", api.post(standards, "ee-controlling",
                "{\"code\":\"" + code + "\",\"name\":\"Kundenzufriedenheit\",\"kind\":\"NOTE\",\"target\":7}").code());
        JsonObject standard = api.post(standards, "ee-controlling",
                "{\"code\":\"" + code + "\",\"name\":\"Kundenzufriedenheit IT\",\"kind\":\"NOTE\",\"target\":2.0}").json();
        long id = standard.getJsonNumber("id").longValue();
        String values = "api/controlling/quality/values/" + id + "/2019-05";
        assertEquals("VALUE_INVALID", api.put(values, "ee-controlling", "{\"actual\":0.5}").code(), "a grade is 1,0 to 6,0");
        assertEquals("ROLE_MISSING", api.put(values, "ee-gf", "{\"actual\":2.3}").code());
        JsonObject missed = api.put(values, "ee-controlling", "{\"actual\":2.3}").json();
        assertFalse(missed.getBoolean("met"), "a grade above the target misses it");
        assertEquals("0.30", missed.getJsonNumber("deviation").bigDecimalValue().toPlainString());
        assertTrue(api.put(values, "ee-controlling", "{\"actual\":1.8}").json().getBoolean("met"), "corrected");
        JsonObject row = api.get("api/controlling/quality?month=2019-06", "ee-gremium").json().getJsonArray("standards")
                .getValuesAs(JsonObject.class).stream().filter(q -> q.getString("code").equals(code)).findFirst().orElseThrow();
        assertEquals("1.80", row.getJsonNumber("actual").bigDecimalValue().toPlainString());
        assertEquals("2019-05", row.getString("actualMonth"));

        int year = someYear();
        assertEquals(200, postCsv("ee-controlling", twoYears(year, year + "-12")).status());
        String review = "{\"heldOn\":\"2019-06-20\",\"figuresMonth\":\"" + year + "-12\",\"participants\":\"GF, Controlling\","
                + "\"assessment\":\"im Ziel\",\"kpiCodes\":[\"K2\"]}";
        assertEquals("ROLE_MISSING", api.post("api/controlling/reviews", "ee-fachaufsicht", review).code());
        assertEquals("KPI_NOT_FOUND", api.post("api/controlling/reviews", "ee-gf", review.replace("K2", "K9")).code());
        assertEquals("REVIEW_INVALID", api.post("api/controlling/reviews", "ee-gf", review.replace("im Ziel", " ")).code());
        JsonObject dialogue = api.post("api/controlling/reviews", "ee-gf", review).json();
        assertEquals(1, dialogue.getJsonArray("kpis").size());
        assertEquals("24.0", dialogue.getJsonArray("kpis").getJsonObject(0).getJsonNumber("value").bigDecimalValue()
                .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString(), "1.200 integrations / 5.000 ELB");
        assertEquals(200, api.put("api/controlling/values/03504/" + year + "-12", "ee-controlling", "{\"INT\": 300}").status());
        JsonObject kept = ApiClient.parse(api.get("api/controlling/reviews", "ee-gf").body()).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getJsonNumber("id").longValue() == dialogue.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        assertEquals("24.0", kept.getJsonArray("kpis").getJsonObject(0).getJsonNumber("value").bigDecimalValue()
                .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString(), "the snapshot does not follow later corrections");

        JsonObject action = api.post("api/controlling/reviews/" + dialogue.getJsonNumber("id") + "/actions", "ee-controlling",
                "{\"description\":\"Aktivierung\",\"owner\":\"BL MuI\",\"dueDate\":\"2019-07-01\"}").json();
        assertTrue(action.getBoolean("overdue"));
        assertTrue(api.get("api/controlling/steering-actions/overdue", "ee-gremium").body().contains("\"id\":" + action.getJsonNumber("id") + ","));
        String done = "api/controlling/steering-actions/" + action.getJsonNumber("id") + "/done?version=";
        assertEquals("CONCURRENT_MODIFICATION", api.post(done + 7, "ee-gf", "").code());
        assertEquals("ERLEDIGT", api.post(done + action.getJsonNumber("version"), "ee-gf", "").json().getString("status"));
        assertEquals(409, api.post(done + (action.getJsonNumber("version").longValue() + 1), "ee-gf", "").status());
    }

    @Test
    void theDemoHasQualityStandardsAndOneReviewDialogue() throws Exception {
        var reviews = ApiClient.parse(api.get("api/controlling/reviews", "ee-gremium").body()).asJsonArray().getValuesAs(JsonObject.class);
        JsonObject demo = reviews.stream().filter(r -> r.getString("heldOn").equals("2020-10-15")).findFirst().orElseThrow();
        assertEquals(List.of("K1", "K2", "K3"), demo.getJsonArray("kpis").getValuesAs(JsonObject.class).stream().map(k -> k.getString("code")).toList());
        assertTrue(demo.getJsonArray("kpis").getJsonObject(1).containsKey("value"), "K2 computed from the demo figures");
        assertEquals(2, demo.getJsonArray("actions").size());
        List<String> codes = api.get("api/controlling/quality?month=2020-12", "ee-gf").json().getJsonArray("standards")
                .getValuesAs(JsonObject.class).stream().map(q -> q.getString("code")).toList();
        assertTrue(codes.containsAll(List.of("KUNDENZUFRIEDENHEIT", "PROZESSQUALITAET", "KOOPERATIONSPLAN", "ERSTGESPRAECH")), codes.toString());
    }

}
