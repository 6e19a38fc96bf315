package de.leitstand.reporting.application;

import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCatalogTest {

    private record Named(String name) implements ExportTable {
        @Override
        public List<String> parameters() {
            return List.of();
        }

        @Override
        public ExportSheet sheet(ExportParameters parameters) {
            throw new UnsupportedOperationException(); // a duplicate name is refused before any table is read
        }
    }

    @Test
    void twoTablesWithOneNameStopTheStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ExportService.ExportCatalog.of(List.of(new Named("teams"), new Named("pakte"), new Named("teams"))));
        assertTrue(e.getMessage().contains("[teams]"), e.getMessage());
        assertEquals(List.of("pakte", "teams"), List.copyOf(ExportService.ExportCatalog.of(List.of(new Named("teams"), new Named("pakte"))).keySet()));
    }

    /** Every context's export texts exist in German and English with the same keys, none empty. */
    @Test
    void everyHeaderIsInGermanAndEnglish() throws IOException {
        for (String context : List.of("kernel", "planning", "controlling", "programmes", "reporting")) {
            String base = "/de/leitstand/" + context + "/export/ExportTexts";
            Properties german = load(base + ".properties");
            Properties english = load(base + "_en.properties");
            assertEquals(german.stringPropertyNames(), english.stringPropertyNames(), context);
            german.forEach((k, v) -> assertTrue(!v.toString().isBlank() && !english.getProperty(k.toString()).isBlank(), context + " " + k));
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = ExportCatalogTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return properties;
        }
    }
}
