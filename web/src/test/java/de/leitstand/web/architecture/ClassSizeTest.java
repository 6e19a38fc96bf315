package de.leitstand.web.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "A service over ~300 lines is a sign that a concept is missing" (architecture.md): no main class of any
 * module is longer than {@value #MAX_LINES} lines, with no exceptions (issue #15 split the last ones).
 */
class ClassSizeTest {

    static final int MAX_LINES = 300;

    @Test
    void noMainClassIsLongerThan300Lines() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> tooLong = new ArrayList<>();
        int checked = 0;
        for (String module : List.of("kernel", "planning", "controlling", "programmes", "reporting", "web")) {
            Path sources = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    checked++;
                    long lines;
                    try (Stream<String> content = Files.lines(file)) {
                        lines = content.count();
                    }
                    if (lines > MAX_LINES) {
                        tooLong.add(root.relativize(file).toString().replace('\\', '/') + ": " + lines + " lines");
                    }
                }
            }
        }
        assertTrue(checked > 300, "found the sources of every module (" + checked + " files under " + root + ")");
        assertEquals(List.of(), tooLong, "classes over " + MAX_LINES + " lines: split them by use case");
    }
}
