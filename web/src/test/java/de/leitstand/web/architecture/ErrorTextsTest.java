package de.leitstand.web.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text a refusal or a page notice names by key has a German and an English text: the keys
 * {@code <context>.<NAME>} in the main sources against each context's {@code ErrorTexts.properties} (German) and
 * {@code ErrorTexts_en.properties} (also the Bean Validation messages {@code message = "{<context>.<NAME>}"}), the keys {@code notice.…} of the web beans against {@code messages_de/_en}.
 * Both languages have the same keys and the same arguments; a key no code uses fails too (the bundles stay the
 * list of what is said). No German text is written into an exception or a page notice any more.
 */
class ErrorTextsTest {

    static final List<String> MODULES = List.of("kernel", "planning", "controlling", "programmes", "reporting", "web");
    private static final Pattern ERROR_KEY = Pattern.compile("\"\\{?(kernel|planning|controlling|programmes|reporting|web)\\.([A-Z][A-Z0-9_]*(?:\\.\\d+)?)}?\"");
    private static final Pattern NOTICE_KEY = Pattern.compile("\"(notice\\.[A-Za-z0-9.]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    /** A German literal as the text of an exception or a notice (the deprecated String constructor, Messages.add). */
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(?:ValidationException\\(\\s*\"[A-Z_]+\",\\s*[^,();]+,\\s*\"|Messages\\.add\\w*\\(\\s*\")");
    /** Left as they are while another branch changes them (remove when merged). */
    static final Set<String> NOT_YET_TRANSLATED = Set.of();

    private final Path root = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyErrorKeyHasAGermanAndAnEnglishText() throws IOException {
        List<String> missing = new ArrayList<>();
        int keys = 0;
        for (String module : MODULES) {
            Set<String> used = used(ERROR_KEY, module);
            Properties german = bundle(module, "ErrorTexts.properties");
            Properties english = bundle(module, "ErrorTexts_en.properties");
            for (String key : used) {
                keys++;
                if (!german.containsKey(key)) {
                    missing.add(module + "." + key + " has no German text");
                }
                if (!english.containsKey(key)) {
                    missing.add(module + "." + key + " has no English text");
                }
            }
            Set<String> unused = new TreeSet<>(german.stringPropertyNames());
            unused.removeAll(used);
            unused.forEach(key -> missing.add(module + "." + key + " is used by no code"));
            missing.addAll(differences(module + " ErrorTexts", german, english, false));
        }
        assertTrue(keys > 250, "found the keys of every module (" + keys + ")");
        assertEquals(List.of(), missing);
    }

    @Test
    void everyNoticeKeyOfThePagesHasAGermanAndAnEnglishText() throws IOException {
        Properties german = load(root.resolve("web/src/main/resources/de/leitstand/web/messages_de.properties"));
        Properties english = load(root.resolve("web/src/main/resources/de/leitstand/web/messages_en.properties"));
        List<String> missing = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (String module : MODULES) {
            used.addAll(used(NOTICE_KEY, module));
        }
        for (String key : used) {
            if (!german.containsKey(key) || !english.containsKey(key)) {
                missing.add(key + " is missing in messages_de or messages_en");
            }
        }
        assertTrue(used.size() > 60, "found the notices (" + used.size() + ")");
        assertEquals(List.of(), missing);
        assertEquals(List.of(), differences("messages", german, english, true));
    }

    @Test
    void noExceptionOrNoticeIsGivenAGermanLiteral() throws IOException {
        List<String> literal = new ArrayList<>();
        for (String module : MODULES) {
            for (Path file : sources(module)) {
                String name = root.relativize(file).toString().replace('\\', '/');
                Matcher matcher = LITERAL_TEXT.matcher(Files.readString(file));
                if (matcher.find() && !NOT_YET_TRANSLATED.contains(name)) {
                    literal.add(name + ": " + matcher.group());
                }
            }
        }
        assertEquals(List.of(), literal, "give the exception a Text.of(key, args) and the notice a key (UiTexts)");
    }

    @Test
    void noBundleSaysAKeyTwice() throws IOException {
        List<Path> bundles = new ArrayList<>();
        for (String module : MODULES) {
            for (String file : List.of("ErrorTexts.properties", "ErrorTexts_en.properties")) {
                Path path = root.resolve(module).resolve("src/main/resources/de/leitstand").resolve(module).resolve(file);
                if (Files.exists(path)) {
                    bundles.add(path);
                }
            }
        }
        bundles.add(root.resolve("web/src/main/resources/de/leitstand/web/messages_de.properties"));
        bundles.add(root.resolve("web/src/main/resources/de/leitstand/web/messages_en.properties"));
        List<String> twice = new ArrayList<>();
        for (Path bundle : bundles) {
            Set<String> keys = new TreeSet<>();
            for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith(" ") && equals > 0 && !keys.add(line.substring(0, equals).strip())) {
                    twice.add(root.relativize(bundle) + ": " + line.substring(0, equals));
                }
            }
        }
        assertEquals(List.of(), twice, "a key said twice: the later text silently wins");
    }

    /** A string literal of the code. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Words of a German sentence (a reason, an alert, a status said to people). */
    private static final Pattern GERMAN_SENTENCE = Pattern.compile(
            "(?:^|[\\s(„])(?:ist|sind|fehlt|fehlen|für|nicht|erreicht|überfällig|übersteigt|Es|Der|Die|Das|wird|werden|liegt|weicht|Zeile|Spalte)(?=[\\s.,:;)]|$)");
    /**
     * German literals the domain, application, api and export code may still hold, and why (issue 14: nothing
     * computed for a page or a REST body is a German sentence any more).
     */
    static final Set<String> GERMAN_ALLOWED = Set.of(
            "controlling/src/main/java/de/leitstand/controlling/domain/KpiCatalogue.java", // names of the Kennzahlen (§ 48a ordinance, data words)
            "controlling/src/main/java/de/leitstand/controlling/domain/StructureFigure.java", // categories of BA Statistik (data words)
            "controlling/src/main/java/de/leitstand/controlling/domain/PlausibilityRules.java", // import warnings are stored as German text (left: issue 14)
            "kernel/src/main/java/de/leitstand/kernel/api/ValidationException.java", // the German name of a file position, said in English by field(Locale)
            "planning/src/main/java/de/leitstand/planning/api/DocumentPlaceholders.java", // placeholders of the German programme document
            "planning/src/main/java/de/leitstand/planning/api/TargetAgreements.java", // default messages of constraints always given a key
            "planning/src/main/java/de/leitstand/planning/application/AgreementParties.java", // names of the parties (data words)
            "planning/src/main/java/de/leitstand/planning/application/ProgrammeAssembler.java", // text of the German programme document
            "planning/src/main/java/de/leitstand/planning/domain/Employer.java", // names
            "planning/src/main/java/de/leitstand/planning/domain/InstrumentCategory.java", // names of the instruments (data words)
            "reporting/src/main/java/de/leitstand/reporting/application/OParlPages.java", // OParl errors (German body of the OParl API)
            "reporting/src/main/java/de/leitstand/reporting/application/OParlService.java", // likewise
            "reporting/src/main/java/de/leitstand/reporting/application/PaperService.java"); // text of the German committee paper

    @Test
    void noGermanSentenceIsComputedForAPageOrARestBody() throws IOException {
        List<String> german = new ArrayList<>();
        for (String module : MODULES) {
            for (Path file : sources(module)) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (!name.matches(".*/(domain|application|api|export)/.*") || GERMAN_ALLOWED.contains(name)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*") || line.startsWith("@")) {
                        continue;
                    }
                    Matcher literal = STRING_LITERAL.matcher(line);
                    while (literal.find()) {
                        if (GERMAN_SENTENCE.matcher(literal.group(1)).find()) {
                            german.add(name + ":" + (i + 1) + ": " + literal.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), german, "say it with Text.of(\"<context>.<NAME>\", args) and render it in the caller's language");
    }

    private Set<String> used(Pattern key, String module) throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : sources(module)) {
            Matcher matcher = key.matcher(Files.readString(file));
            while (matcher.find()) {
                if (matcher.groupCount() == 1) {
                    used.add(matcher.group(1));
                } else if (matcher.group(1).equals(module)) {
                    used.add(matcher.group(2));
                }
            }
        }
        if (key == ERROR_KEY) {
            // keys of this context named in other modules (e.g. kernel.NOT_A_MONTH in a web bean)
            for (String other : MODULES) {
                for (Path file : other.equals(module) ? List.<Path>of() : sources(other)) {
                    Matcher matcher = key.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (matcher.group(1).equals(module)) {
                            used.add(matcher.group(2));
                        }
                    }
                }
            }
        }
        return used;
    }

    private List<Path> sources(String module) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private Properties bundle(String module, String file) throws IOException {
        Path path = root.resolve(module).resolve("src/main/resources/de/leitstand").resolve(module).resolve(file);
        return Files.exists(path) ? load(path) : new Properties();
    }

    private static Properties load(Path path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Keys only one language has, and texts whose arguments differ ({0}, {1} …); MessageFormat must read them. */
    private static List<String> differences(String name, Properties german, Properties english, boolean messageFormat) {
        List<String> found = new ArrayList<>();
        Set<String> keys = new TreeSet<>(german.stringPropertyNames());
        keys.addAll(english.stringPropertyNames());
        for (String key : keys) {
            String de = german.getProperty(key);
            String en = english.getProperty(key);
            if (de == null || en == null) {
                found.add(name + ": " + key + " only in " + (de == null ? "English" : "German"));
            } else if (!arguments(de).equals(arguments(en))) {
                found.add(name + ": " + key + " has the arguments " + arguments(de) + " in German, " + arguments(en) + " in English");
            } else if (messageFormat && !arguments(de).isEmpty()) {
                try {
                    new MessageFormat(de);
                    new MessageFormat(en);
                } catch (IllegalArgumentException e) {
                    found.add(name + ": " + key + " is no MessageFormat pattern: " + e.getMessage());
                }
            }
        }
        return found;
    }

    private static Set<String> arguments(String text) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }
}
