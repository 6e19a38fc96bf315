package de.leitstand.web.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "A service over ~300 lines is a sign that a concept is missing" (architecture.md): no main class of any
 * module is longer than {@value #MAX_LINES} lines. The few below are known and wait for their split; an
 * entry that is no longer needed fails too, so the list only shrinks.
 */
class ClassSizeTest {

    static final int MAX_LINES = 300;

    /** Waiting for their split (issue #15), each with the use cases it should be split into. */
    static final Map<String, String> NOT_YET_SPLIT = Map.of();

    @Test
    void noMainClassIsLongerThan300Lines() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> tooLong = new ArrayList<>();
        List<String> stale = new ArrayList<>(NOT_YET_SPLIT.keySet());
        int checked = 0;
        for (String module : List.of("kernel", "planning", "controlling", "programmes", "reporting", "web")) {
            Path sources = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    checked++;
                    String name = root.relativize(file).toString().replace('\\', '/');
                    long lines;
                    try (Stream<String> content = Files.lines(file)) {
                        lines = content.count();
                    }
                    if (lines > MAX_LINES) {
                        stale.remove(name);
                        if (!NOT_YET_SPLIT.containsKey(name)) {
                            tooLong.add(name + ": " + lines + " lines");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 300, "found the sources of every module (" + checked + " files under " + root + ")");
        assertEquals(List.of(), tooLong, "classes over " + MAX_LINES + " lines: split them by use case");
        assertEquals(List.of(), stale, "no longer over " + MAX_LINES + " lines: remove them from NOT_YET_SPLIT");
    }
}
