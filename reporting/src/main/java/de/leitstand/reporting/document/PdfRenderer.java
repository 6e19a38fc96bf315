package de.leitstand.reporting.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns a rendered HTML document into an accessible PDF: PDF/UA-1 (tagged, with title and language from
 * the HTML, alt text from {@code img alt}) and PDF/A-3a (embedded DejaVu Sans, sRGB output intent).
 * The HTML is parsed with an HTML5 parser, so section texts written in the editor need not be XHTML.
 */
public final class PdfRenderer {

    private static final String FONTS = "/de/leitstand/reporting/fonts/";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfRenderer() {
    }

    public static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.useColorProfile(SRGB);
        builder.withProducer("Leitstand");
        builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONTS + "DejaVuSans.ttf"), "DejaVu Sans", 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONTS + "DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Das PDF konnte nicht erzeugt werden", e);
        }
        return out.toByteArray();
    }
}
