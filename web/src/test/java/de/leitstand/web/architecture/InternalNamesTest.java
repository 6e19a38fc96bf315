package de.leitstand.web.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Users never read the internal word for the source documents ("seed"): not in pages, message texts,
 * templates and demo texts, nor in string literals of the application code (documents, API answers, stored
 * demo sources). The real documents are named instead ("Arbeitsmarkt- und Integrationsprogramm 2020, Stand
 * 14.11.2019"). Migrations may name the old value they replace.
 */
class InternalNamesTest {

    private static final Pattern WORD = Pattern.compile("\\bseeds?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    @Test
    void noUserVisibleTextNamesTheSourceDocumentsInternally() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).map(Path::toString)
                    .filter(f -> f.contains("/src/main/") && !f.contains("/target/") && !f.contains("/db/migration/"))
                    .forEach(f -> check(Path.of(f), found));
        }
        assertEquals(List.of(), found);
    }

    private static void check(Path file, List<String> found) {
        String name = file.toString();
        boolean java = name.endsWith(".java");
        if (!java && !name.matches(".*\\.(xhtml|html|properties|js|css|txt|csv|json)$")) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (java) {
                    Matcher literal = LITERAL.matcher(line);
                    while (literal.find()) {
                        if (WORD.matcher(literal.group()).find()) {
                            found.add(file + ":" + (i + 1) + ": " + literal.group());
                        }
                    }
                } else if (WORD.matcher(line).find() && !line.trim().startsWith("#") && !line.trim().startsWith("<!--")) {
                    found.add(file + ":" + (i + 1) + ": " + line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
