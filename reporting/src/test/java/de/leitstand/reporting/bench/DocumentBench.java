package de.leitstand.reporting.bench;

import de.leitstand.reporting.api.PaperViews;
import de.leitstand.reporting.document.PaperDocument;
import de.leitstand.reporting.document.PdfRenderer;
import de.leitstand.reporting.document.ProgrammeDocument;
import de.leitstand.reporting.document.ProgrammeDocumentFixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How long documents take to render (template, charts, PDF/UA-1 and PDF/A-3a), in one warm JVM: the
 * programme document of the seed and a committee paper like seed 000. Not part of {@code mvn verify}; run
 * {@code mvn -o -pl reporting test -Dtest=DocumentBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DocumentBench {

    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    @Test
    void documents() {
        time("Programmdokument Elbe-Elster 2020 (mit Diagrammen)", () -> PdfRenderer.render(ProgrammeDocument.html(ProgrammeDocumentFixtures.seedProgramme(),
                ProgrammeDocumentFixtures.seedStructure(), List.of("Benchmark"))));
        PaperViews.PaperView paper = new PaperViews.PaperView(1L, "26706", "MITTEILUNGSVORLAGE", "Mitteilungsvorlage", "2011-16/1287", true,
                LocalDate.of(2016, 2, 26), "Abschluss des Förderprogramms Perspektive 50 Plus zum 31.12.2015",
                "Der Landkreis Rotenburg (Wümme) hat in der Zeit vom 01.01.2011 bis zum 31.12.2015 am Bundesprogramm teilgenommen.\n\n".repeat(4),
                null, "In Vertretung", "Colshorn", "FREIGEGEBEN", null, null, null, null,
                List.of(new PaperViews.ConsultationView(LocalDate.of(2016, 3, 10), null, "Ausschuss für das Jobcenter", "Kenntnisnahme")), 1);
        PaperViews.BodyView body = new PaperViews.BodyView("26706", "Landkreis Rotenburg (Wümme)", "Der Landrat", "2011-16", 1288, null, null, null, null, null, 1L);
        time("Mitteilungsvorlage Rotenburg (Wümme) 2011-16/1287", () -> PdfRenderer.render(PaperDocument.html(paper, body, List.of("Benchmark"))));
    }

    private static void time(String what, Supplier<byte[]> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Double> seconds = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            size = work.get().length;
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        System.out.printf(Locale.GERMANY, "%s: Median %.3f s, schnellster %.3f s, langsamster %.3f s (%d Läufe nach %d zum Aufwärmen, %,d Bytes)%n",
                what, sorted.get(RUNS / 2), sorted.get(0), sorted.get(RUNS - 1), RUNS, WARM_UP, size);
    }
}
