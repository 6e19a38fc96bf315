package de.leitstand.reporting.it;

import de.leitstand.kernel.testing.ApiClient;
import de.leitstand.kernel.testing.ItDeployment;
import de.leitstand.reporting.document.Pdfs;
import de.leitstand.reporting.domain.GeneratedDocument;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reporting on Payara Micro with every context deployed and the demo data: the programme document of
 * Elbe-Elster 2020 generated from planning and controlling, its seed figures, its conformance, its
 * history entry with checksum, and the refusals (role, other Jobcenter).
 */
@ExtendWith(ArquillianExtension.class)
class ReportingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItDeployment.of("reporting-it");
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    private HttpResponse<byte[]> download(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private long programme2020() {
        return api.get("api/planning/programmes/current?year=2020", "ee-gf").json().getJsonObject("summary").getJsonNumber("id").longValue();
    }

    @Test
    void theProgrammeDocumentOfElbeElsterReproducesTheSeedAndIsAccessible() throws Exception {
        long id = programme2020();
        ApiClient.Reply generated = api.post("api/reporting/programmes/" + id + "/document", "ee-controlling", "");
        assertEquals(200, generated.status(), generated.body());
        JsonObject document = generated.json();
        assertTrue(document.getString("basis").startsWith("Planung: Elbe-Elster (03504), Programm 2020"), document.getString("basis"));
        assertTrue(document.getString("basis").contains("Quelle Programm 2020 (Seed 002)"), document.getString("basis"));

        HttpResponse<byte[]> pdf = download("api/reporting/documents/" + document.getJsonNumber("id") + "/content", "ee-gremium");
        assertEquals(200, pdf.statusCode());
        assertEquals(document.getInt("size"), pdf.body().length);
        assertEquals(document.getString("sha512"), GeneratedDocument.sha512(pdf.body()));
        String text = Pdfs.text(pdf.body()).replaceAll("\\s+", " ");
        for (String figure : List.of("Stand: 14.11.2019", "9.069.867 8.581.009 −488.858 −5,4", "16.199.332 15.634.076 −565.256 −3,5",
                "Erwerbsfähige Leistungsberechtigte gesamt 5.485 732 3.247 1.506", "3.823 69,7 260 2.304 1.259",
                "1.489 27,1 439 821 229", "1.619 −197 −10,8 100,0", "1.141 Integrationen, Integrationsquote 23,4 %", "Datengrundlage")) {
            assertTrue(text.contains(figure), figure + " fehlt");
        }
        assertEquals("", Pdfs.violations(pdf.body(), PDFAFlavour.PDFUA_1), "PDF/UA-1");
        assertEquals("", Pdfs.violations(pdf.body(), PDFAFlavour.PDFA_3_A), "PDF/A-3a");

        assertTrue(api.get("api/reporting/documents", "ee-gf").body().contains("\"sha512\":\"" + document.getString("sha512")));
        ApiClient.Reply preview = api.getAny("api/reporting/programmes/" + id + "/preview", "ee-gremium");
        assertEquals(200, preview.status());
        assertTrue(preview.body().contains("<html lang=\"de\">") && preview.body().contains("69,7"), preview.body().substring(0, 200));
    }

    @Test
    void onlyTheOwnJobcentersManagementAndControllingGenerateAndOnlyItsPeopleRead() throws Exception {
        long id = programme2020();
        assertEquals("ROLE_MISSING", api.post("api/reporting/programmes/" + id + "/document", "ee-gremium", "").code());
        assertEquals("ROLE_MISSING", api.post("api/reporting/programmes/" + id + "/document", "ee-team", "").code());
        assertEquals("ROLE_MISSING", api.get("api/reporting/documents", "ee-team").code());
        assertEquals("TENANT_FORBIDDEN", api.post("api/reporting/programmes/" + id + "/document", "row-gf", "").code());
        assertEquals("TENANT_FORBIDDEN", api.get("api/reporting/documents?agencyNumber=03504", "row-gf").code());
        long document = api.post("api/reporting/programmes/" + id + "/document", "ee-gf", "").json().getJsonNumber("id").longValue();
        assertEquals(403, download("api/reporting/documents/" + document + "/content", "row-gremium").statusCode());
        assertEquals(404, download("api/reporting/documents/999999999/content", "ee-gf").statusCode());
    }
}
