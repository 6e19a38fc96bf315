package de.leitstand.reporting.it;

import de.leitstand.kernel.testing.ApiClient;
import de.leitstand.kernel.testing.ItDeployment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An OParl 1.1 client's view: Elbe-Elster releases three public papers (two in one meeting), one nichtöffentliche
 * and keeps a draft, then withdraws one public paper. The crawler starts at {@code /oparl/v1.1/system}, follows every
 * link and list page, validates every object (embedded ones too) against the schemas and checks the rules of the
 * specification: dates, mandatory lists, legislative terms, filters, paging, deleted objects, files, caching, errors,
 * canonical ids from the configured public URL — and that nothing non-public is reachable.
 */
@ExtendWith(ArquillianExtension.class)
class OParlConformanceIT {

    /** LEITSTAND_PUBLIC_URL of the reporting ITs (pom.xml): every id must start with it, whatever host the request named. */
    private static final String PUBLIC = "https://oparl.example.org/leitstand/";
    private static final String ROOT = PUBLIC + "oparl/v1.1/";
    private static final String SCHEMA = "https://schema.oparl.org/1.1/";
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");
    private static final Set<String> BODY_LISTS = Set.of("organization", "person", "meeting", "paper", "agendaItem", "consultation", "file",
            "membership", "locationList", "legislativeTermList");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of("oparl-it");
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> fetch(String url, String... headers) throws Exception {
        assertTrue(url.startsWith(ROOT), "every URL starts with the configured public URL: " + url);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + url.substring(PUBLIC.length()))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonObject json(String url) throws Exception {
        HttpResponse<String> response = fetch(url);
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return ApiClient.parse(response.body()).asJsonObject();
    }

    private static String paper(String title, boolean isPublic, String consultations) {
        return "{\"type\":\"MITTEILUNGSVORLAGE\",\"publicPaper\":" + isPublic + ",\"date\":\"2020-02-20\",\"title\":\"" + title + "\","
                + "\"facts\":\"Sachverhalt\",\"signatureRole\":\"In Vertretung\",\"signatureName\":\"Muster\",\"consultations\":[" + consultations + "]}";
    }

    private static String step(String date, String time, String committee, String role) {
        return "{\"date\":\"" + date + "\"" + (time == null ? "" : ",\"time\":\"" + time + "\"") + ",\"committee\":\"" + committee
                + "\",\"role\":\"" + role + "\"}";
    }

    private JsonObject release(ApiClient api, String input) {
        JsonObject draft = api.post("api/reporting/papers", "ee-gf", input).json();
        ApiClient.Reply released = api.post("api/reporting/papers/" + draft.getJsonNumber("id") + "/release?version=" + draft.getJsonNumber("version"),
                "ee-gf", "");
        assertEquals(200, released.status(), released.body());
        return released.json();
    }

    @Test
    void anOParlClientImportsEveryPublicPaperIncrementallyAndNothingElse() throws Exception {
        ApiClient api = new ApiClient(base);
        JsonObject body = api.get("api/reporting/body", "ee-gf").json();
        ApiClient.Reply saved = api.put("api/reporting/body", "ee-gf", "{\"name\":\"Landkreis Elbe-Elster\",\"office\":\"Der Landrat\","
                + "\"electoralTerm\":\"2019-24\",\"nextNumber\":501,\"termStart\":\"2019-06-01\",\"termEnd\":\"2024-05-31\",\"ags\":\"12062000\","
                + "\"signerRole\":\"In Vertretung\",\"signerName\":\"Muster\",\"version\":" + body.getJsonNumber("version") + "}");
        assertEquals(200, saved.status(), saved.body());
        String committee = "Ausschuss für Arbeit und Soziales";
        JsonObject a = release(api, paper("Bericht A", true, step("2020-03-10", "15:00", committee, "Kenntnisnahme") + ","
                + step("2020-03-20", "17:30", "Kreistag", "Entscheidung")));
        JsonObject b = release(api, paper("Bericht B", true, step("2020-03-10", "15:00", committee, "Kenntnisnahme")));
        JsonObject c = release(api, paper("Bericht C", true, step("2020-04-01", "09:30", "Jugendhilfeausschuss", "Kenntnisnahme")));
        JsonObject secret = release(api, paper("Interna", false, step("2020-03-10", "15:00", committee, "Kenntnisnahme")));
        JsonObject draft = api.post("api/reporting/papers", "ee-gf", paper("Entwurf", true, step("2020-03-10", null, committee, "Kenntnisnahme"))).json();
        assertEquals("ROLE_MISSING", api.post("api/reporting/papers/" + c.getJsonNumber("id") + "/withdraw?version=" + c.getJsonNumber("version"),
                "ee-controlling", "").code());
        ApiClient.Reply withdrawn = api.post("api/reporting/papers/" + c.getJsonNumber("id") + "/withdraw?version=" + c.getJsonNumber("version"), "ee-gf", "");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("PAPER_WITHDRAWN", api.post("api/reporting/papers/" + c.getJsonNumber("id") + "/withdraw?version="
                + withdrawn.json().getJsonNumber("version"), "ee-gf", "").code());

        Map<String, JsonObject> objects = crawl();

        // System
        JsonObject system = objects.get(ROOT + "system");
        assertEquals(SCHEMA, system.getString("oparlVersion"));
        assertTrue(system.getString("product").startsWith("http"), "product is a URL");
        assertTrue(system.getString("license").startsWith("https://"), "license is a URL");
        assertEquals(PUBLIC, system.getString("website"));

        // the body: every list, its term, its AGS, its licence
        String bodyId = ROOT + "body/03504";
        JsonObject elbeElster = objects.get(bodyId);
        assertNotNull(elbeElster, "the body is reachable from the system");
        BODY_LISTS.forEach(list -> assertTrue(elbeElster.getString(list).startsWith(bodyId + "/"), list));
        assertEquals("12062000", elbeElster.getString("ags"));
        assertTrue(elbeElster.containsKey("license"));
        JsonObject term = elbeElster.getJsonArray("legislativeTerm").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals("Wahlperiode 2019-24")).findFirst().orElseThrow();
        assertEquals("2019-06-01", term.getString("startDate"));
        assertEquals("2024-05-31", term.getString("endDate"));
        assertEquals(term.getString("startDate"), objects.get(term.getString("id")).getString("startDate"), "the term's URL resolves");
        for (String list : List.of("membership", "locationList")) {
            assertEquals(0, json(elbeElster.getString(list)).getJsonArray("data").size(), list + " is an empty list page");
        }

        // papers: the public ones, not the withdrawn one, the nichtöffentliche or the draft
        String paperA = ROOT + "paper/" + a.getJsonNumber("id");
        String paperB = ROOT + "paper/" + b.getJsonNumber("id");
        String paperC = ROOT + "paper/" + c.getJsonNumber("id");
        assertTrue(objects.containsKey(paperA) && objects.containsKey(paperB));
        assertFalse(objects.containsKey(paperC), "a withdrawn paper is listed only under modified_since");
        for (JsonObject object : objects.values()) {
            String text = object.toString();
            assertFalse(text.contains("Interna") || text.contains("Entwurf") || text.contains("/paper/" + secret.getJsonNumber("id") + "\"")
                    || text.contains("/paper/" + draft.getJsonNumber("id") + "\""), "nothing non-public: " + text);
        }
        assertEquals(404, fetch(ROOT + "paper/" + secret.getJsonNumber("id")).statusCode());
        assertEquals(404, fetch(ROOT + "paper/" + draft.getJsonNumber("id")).statusCode());
        assertEquals(404, fetch(ROOT + "file/" + secret.getJsonNumber("documentId") + "/content").statusCode());

        // the meeting at its local time, with one agenda item per paper consulted
        JsonObject consultation = objects.get(paperA).getJsonArray("consultation").getJsonObject(0);
        JsonObject meeting = objects.get(consultation.getString("meeting"));
        assertEquals("2020-03-10T15:00:00+01:00", meeting.getString("start"));
        assertEquals(2, meeting.getJsonArray("agendaItem").size(), meeting.toString());
        assertEquals("2020-03-20T17:30:00+01:00", objects.get(objects.get(paperA).getJsonArray("consultation").getJsonObject(1).getString("meeting"))
                .getString("start"));
        assertEquals(ROOT + "person/" + objects.get(paperA).getJsonArray("originatorPerson").getString(0).substring((ROOT + "person/").length()),
                objects.get(objects.get(paperA).getJsonArray("originatorPerson").getString(0)).getString("id"));

        // deleted objects: only under modified_since, with the time of withdrawal; the body's modified is bumped
        JsonObject deleted = json(ROOT + "paper/" + c.getJsonNumber("id"));
        assertTrue(deleted.getBoolean("deleted"));
        String since = URLEncoder.encode(deleted.getString("modified"), StandardCharsets.UTF_8);
        JsonObject changes = json(elbeElster.getString("paper") + "?modified_since=" + since);
        assertTrue(changes.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("id").equals(paperC) && p.getBoolean("deleted", false)), changes.toString());
        assertTrue(changes.getJsonObject("links").getString("first").contains("modified_since=" + since), "links keep the filter");
        assertFalse(java.time.OffsetDateTime.parse(elbeElster.getString("modified")).isBefore(java.time.OffsetDateTime.parse(deleted.getString("modified"))),
                "the body is modified with the withdrawal");
        JsonObject meetingChanges = json(elbeElster.getString("meeting") + "?modified_since=" + since);
        assertTrue(meetingChanges.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getBoolean("deleted", false)), "the meeting only the withdrawn paper was on is deleted");
        assertEquals(0, json(elbeElster.getString("paper") + "?created_until=2000-01-01T00:00:00%2B01:00").getJsonArray("data").size());
        assertEquals(0, json(elbeElster.getString("paper") + "?created_since=2999-01-01T00:00:00%2B01:00").getJsonArray("data").size());
        assertEquals(0, json(elbeElster.getString("paper") + "?modified_until=2000-01-01T00:00:00%2B01:00").getJsonArray("data").size());
        JsonObject omitted = json(elbeElster.getString("paper") + "?omit_internal=true");
        assertTrue(omitted.getJsonArray("data").getValuesAs(JsonObject.class).stream().noneMatch(p -> p.containsKey("consultation")));
        assertTrue(omitted.getJsonObject("links").getString("self").contains("omit_internal=true"));

        // paging: constant elementsPerPage, next on all but the last page, the same stable order
        List<String> unpaged = json(elbeElster.getString("paper")).getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("id")).toList();
        List<String> paged = new ArrayList<>();
        String next = elbeElster.getString("paper") + "?limit=1";
        int pages = 0;
        while (next != null) {
            JsonObject page = json(next);
            pages++;
            assertEquals(1, page.getJsonObject("pagination").getInt("elementsPerPage"));
            page.getJsonArray("data").getValuesAs(JsonObject.class).forEach(p -> paged.add(p.getString("id")));
            assertTrue(page.getJsonObject("links").getString("self").contains("limit=1"));
            next = page.getJsonObject("links").containsKey("next") ? page.getJsonObject("links").getString("next") : null;
            assertEquals(next == null, page.getJsonObject("pagination").getInt("currentPage") == page.getJsonObject("pagination").getInt("totalPages"));
        }
        assertEquals(unpaged, paged);
        assertEquals(unpaged.size(), pages);

        // files: accessUrl inline, downloadUrl as attachment with its name; the withdrawn paper's file is gone
        JsonObject file = objects.get(paperA).getJsonObject("mainFile");
        HttpResponse<String> access = fetch(file.getString("accessUrl"));
        assertEquals(200, access.statusCode());
        assertTrue(access.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
        HttpResponse<String> download = fetch(file.getString("downloadUrl"));
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment; filename=\"" + file.getString("fileName")));
        String etag = access.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, fetch(file.getString("accessUrl"), "If-None-Match", etag).statusCode());
        assertEquals(404, fetch(ROOT + "file/" + c.getJsonNumber("documentId") + "/content").statusCode());

        // caching of lists and objects
        HttpResponse<String> list = fetch(elbeElster.getString("paper"));
        assertEquals(304, fetch(elbeElster.getString("paper"), "If-None-Match", list.headers().firstValue("ETag").orElseThrow()).statusCode());
        HttpResponse<String> object = fetch(paperA);
        assertEquals(304, fetch(paperA, "If-Modified-Since", object.headers().firstValue("Last-Modified").orElseThrow()).statusCode());

        // errors: the error object, 404 for unknown and non-canonical ids, 400 for a malformed filter
        HttpResponse<String> unknown = fetch(ROOT + "paper/999999999");
        assertEquals(404, unknown.statusCode());
        JsonObject error = ApiClient.parse(unknown.body()).asJsonObject();
        assertEquals(SCHEMA + "Error", error.getString("type"));
        assertTrue(error.containsKey("message") && error.containsKey("debug"));
        for (String path : List.of("system/", "/system", "paper/0" + a.getJsonNumber("id"), "body/03504/papers/", "body/03504/unknown", "paper/x")) {
            assertEquals(404, fetch(ROOT + path).statusCode(), path);
        }
        HttpResponse<String> root = fetch(ROOT);
        assertEquals(301, root.statusCode());
        assertEquals(ROOT + "system", root.headers().firstValue("Location").orElseThrow(), "the root leads to the system");
        assertEquals(400, fetch(elbeElster.getString("paper") + "?modified_since=gestern").statusCode());
        assertEquals(400, fetch(elbeElster.getString("paper") + "?limit=0").statusCode());
    }

    /** Follows every URL below the root from the system on; returns every object by id (list elements and embedded ones included). */
    private Map<String, JsonObject> crawl() throws Exception {
        Map<String, JsonObject> objects = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> perPage = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(ROOT + "system"));
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (!seen.add(url)) {
                continue;
            }
            if (url.endsWith("/content") || url.endsWith("/download")) {
                assertEquals(200, fetch(url).statusCode(), url);
                continue;
            }
            JsonObject json = json(url);
            if (json.containsKey("data") && json.containsKey("pagination")) {
                JsonObject pagination = json.getJsonObject("pagination");
                String list = url.replaceAll("\\?.*", "");
                Integer earlier = perPage.putIfAbsent(list, pagination.getInt("elementsPerPage"));
                assertTrue(earlier == null || earlier == pagination.getInt("elementsPerPage"), "constant elementsPerPage: " + url);
                assertEquals(pagination.getInt("currentPage") < pagination.getInt("totalPages"), json.getJsonObject("links").containsKey("next"), url);
                for (JsonObject element : json.getJsonArray("data").getValuesAs(JsonObject.class)) {
                    visit(element, objects, queue);
                }
                json.getJsonObject("links").values().forEach(link -> queue.add(((JsonString) link).getString()));
            } else {
                assertEquals(url, json.getString("id"), "the id is the URL it was fetched from");
                visit(json, objects, queue);
            }
        }
        assertTrue(objects.size() > 10, "crawled " + objects.keySet());
        return objects;
    }

    private void visit(JsonObject object, Map<String, JsonObject> objects, Deque<String> queue) throws Exception {
        String type = object.getString("type");
        assertTrue(type.startsWith(SCHEMA), type);
        String name = type.substring(SCHEMA.length());
        assertEquals("", OParlSchemas.violations(name, object.toString()), name + " " + object);
        for (String stamp : List.of("created", "modified")) {
            assertTrue(object.containsKey(stamp), stamp + " in " + object);
            assertTrue(DATE_TIME.matcher(object.getString(stamp)).matches(), stamp + " " + object.getString(stamp));
        }
        if (object.containsKey("start")) {
            assertTrue(DATE_TIME.matcher(object.getString("start")).matches(), object.getString("start"));
        }
        objects.putIfAbsent(object.getString("id"), object);
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            follow(field.getValue(), objects, queue);
        }
    }

    private void follow(JsonValue value, Map<String, JsonObject> objects, Deque<String> queue) throws Exception {
        switch (value.getValueType()) {
            case STRING -> {
                String text = ((JsonString) value).getString();
                if (text.startsWith(PUBLIC) && !text.equals(PUBLIC)) {
                    queue.add(text);
                } else if (text.startsWith("http") && text.contains("/oparl/")) {
                    fail("an OParl URL outside the configured public URL: " + text);
                }
            }
            case OBJECT -> visit(value.asJsonObject(), objects, queue);
            case ARRAY -> {
                for (JsonValue item : (JsonArray) value) {
                    follow(item, objects, queue);
                }
            }
            default -> {
            }
        }
    }
}
