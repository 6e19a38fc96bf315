package de.leitstand.web.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "JSF beans carry presentation, not logic" (issue #15): no bean of the web layer (a class with a CDI scope or
 * {@code @Named}) is longer than {@value #MAX_LINES} lines. A page that needs more splits into a page bean (what the
 * page shows) and one small bean per form or concern (e.g. {@code SupervisionBean} with {@code SupervisionCaseForm},
 * {@code SupervisionFindingForm}, {@code SupervisionPlanForm}); editable rows are classes of their own; what is not
 * presentation belongs in the context's service behind {@code api}.
 */
class BeanSizeTest {

    static final int MAX_LINES = 150;

    private static final Pattern BEAN = Pattern.compile(
            "^@(Named|ViewScoped|RequestScoped|SessionScoped|ApplicationScoped|ConversationScoped)\\b", Pattern.MULTILINE);

    @Test
    void noJsfBeanIsLongerThan150Lines() throws IOException {
        Path sources = Path.of("src/main/java").toAbsolutePath();
        List<String> tooLong = new ArrayList<>();
        int beans = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String content = Files.readString(file);
                if (!BEAN.matcher(content).find()) {
                    continue;
                }
                beans++;
                long lines = content.lines().count();
                if (lines > MAX_LINES) {
                    tooLong.add(sources.relativize(file).toString().replace('\\', '/') + ": " + lines + " lines");
                }
            }
        }
        assertTrue(beans > 50, "found the web layer's beans (" + beans + " under " + sources + ")");
        assertEquals(List.of(), tooLong, "JSF beans over " + MAX_LINES + " lines: split into a page bean and one bean per form");
    }
}
