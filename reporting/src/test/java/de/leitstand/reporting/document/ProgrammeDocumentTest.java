package de.leitstand.reporting.document;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The programme document from the seed's inputs: its figures, German formats, and PDF/UA-1 and PDF/A-3a conformance. */
class ProgrammeDocumentTest {

    private static byte[] pdf;
    private static String html;

    @BeforeAll
    static void render() {
        html = ProgrammeDocument.html(ProgrammeDocumentFixtures.seedProgramme(), ProgrammeDocumentFixtures.seedStructure(), List.of("Planversion 1 (Stand 14.11.2019)", "Erzeugt im Test"));
        pdf = PdfRenderer.render(html);
    }

    @Test
    void theSeedsTablesAppearWithGermanFormats() throws Exception {
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        for (String figure : List.of("Stand: 14.11.2019", "Inhaltsverzeichnis", "9.069.867", "8.581.009", "−488.858", "−5,4",
                "16.199.332", "15.634.076", "−565.256", "−3,5", "1.538.105", "10.119.114",
                "5.485", "732", "3.247", "1.506", "3,2", "69,7", "27,1", "8,8", "15,3", "3,0",
                "1.619", "−197", "−10,8", "96,5", "−23,5", "1.141 Integrationen, Integrationsquote 23,4 % (Frauen 21,5 %, Männer 25,0 %)", "Datengrundlage")) {
            assertTrue(text.contains(figure), figure + " fehlt in:\n" + text);
        }
        assertTrue(text.contains("Quelle: Arbeitsmarkt- und Integrationsprogramm 2020, Stand 14.11.2019"), "Quelle in Worten");
        assertTrue(!text.toLowerCase(java.util.Locale.ROOT).contains("seed"), "kein interner Name im Dokument");
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("lang=\"de\""));
    }

    @Test
    void theTitleIsOnTheFirstPage() throws Exception {
        String first = Pdfs.pageText(pdf, 1).replaceAll("\\s+", " ");
        assertTrue(first.contains("Arbeitsmarkt- und Integrationsprogramm 2020") && first.contains("Stand: 14.11.2019"), "Seite 1: " + first);
        assertTrue(Pdfs.pageText(pdf, 2).contains("Inhaltsverzeichnis"), "Seite 2 ist das Inhaltsverzeichnis");
    }

    @Test
    void theSignatureAppearsOnce() throws Exception {
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        assertEquals(1, text.split("Herzberg, 09\\.12\\.2019", -1).length - 1, "Unterschrift aus dem Schlusskapitel genau einmal");
        assertTrue(!text.contains("Elbe-Elster, 14.11.2019"), "kein zweiter Unterschriftenblock");
        assertTrue(ProgrammeDocument.signedIn("<p>Herzberg, 09.12.2019</p><p>Anja Miersch</p>"));
        assertTrue(!ProgrammeDocument.signedIn("<p>Darüber hinaus werden auch kreative Ideen gefragt sein, 2020.</p>"));
        String unsigned = ProgrammeDocument.html(ProgrammeDocumentFixtures.unsignedProgramme(), ProgrammeDocumentFixtures.seedStructure(), List.of());
        assertEquals(1, unsigned.split("class=\"signature\"", -1).length - 1, "ohne Unterschrift im Text druckt das Dokument seinen Block");
    }

    @Test
    void thePdfIsPdfUa1AndPdfA3a() throws Exception {
        assertEquals("", Pdfs.violations(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
        assertEquals("", Pdfs.violations(pdf, PDFAFlavour.PDFA_3_A), "PDF/A-3a");
    }
}
