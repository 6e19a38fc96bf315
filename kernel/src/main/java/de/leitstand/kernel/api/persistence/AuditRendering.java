package de.leitstand.kernel.api.persistence;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the audit trail shows a field and its value to an auditor, in German: field labels come from the
 * bundle {@code AuditLabels} in the entity's package (key {@code SimpleClassName.field}); codes are shown by
 * their label ({@code label()}, {@code germanName()} or the bundle key {@code EnumName.CODE}); dates German;
 * embeddables by their fields; entities by their business key ({@link AuditNamed}); collections and maps as
 * readable lists (a field whose bundle key {@code SimpleClassName.field.keys} is {@code Monat} has months as
 * keys); bytes as "PDF, 123 KB, SHA-256 …"; HTML as text; secrets hidden.
 */
public final class AuditRendering {

    /** What a secret (a password hash) is shown as. */
    public static final String HIDDEN = "(verborgen)";

    private static final int MAX_TEXT = 2000;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)<\\s*(br\\s*/?|/p|/li|/h[1-6]|/div|/tr)\\s*>");
    private static final List<String> LABEL_METHODS = List.of("label", "germanName", "getLabel", "displayName", "symbol");
    private static final Map<String, Optional<ResourceBundle>> BUNDLES = new ConcurrentHashMap<>();

    private AuditRendering() {
    }

    /** One field of a record as the audit trail shows it. */
    public record Line(String field, String label, String value) implements java.io.Serializable {
    }

    /** @return the German label of {@code field} of {@code type}; the field name itself when the bundle lacks it */
    public static String label(Class<?> type, String field) {
        return findLabel(type, field).orElse(field);
    }

    /** @return whether a bundle names {@code field} of {@code type} (or of a superclass, or as a common field) */
    public static boolean hasLabel(Class<?> type, String field) {
        return findLabel(type, field).isPresent();
    }

    private static Optional<String> findLabel(Class<?> type, String field) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Optional<String> label = lookup(c, c.getSimpleName() + "." + field);
            if (label.isPresent()) {
                return label;
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Optional<String> label = lookup(c, field);
            if (label.isPresent()) {
                return label;
            }
        }
        return Optional.empty();
    }

    /** @return the value of {@code field} of {@code owner} as text; secrets hidden; {@code null} stays {@code null} */
    public static String text(Class<?> owner, String field, Object value) {
        String lower = field.toLowerCase(Locale.ROOT);
        if (lower.contains("hash") || lower.contains("secret") || lower.contains("password")) {
            return value == null ? null : HIDDEN;
        }
        if (value instanceof Map<?, ?> map && "Monat".equals(lookup(owner, owner.getSimpleName() + "." + field + ".keys").orElse(null))) {
            return new TreeMap<>(map).entrySet().stream()
                    .map(e -> month(e.getKey()) + ": " + text(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return text(value);
    }

    /** @return any value as readable German text; {@code null} stays {@code null} */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String string) {
            return shorten(TAG.matcher(string).find() ? htmlToText(string) : string);
        }
        if (value instanceof Boolean bool) {
            return bool ? "ja" : "nein";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString().replace('.', ',');
        }
        if (value instanceof Number || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof YearMonth month) {
            return MONTH.format(month);
        }
        if (value instanceof Year year) {
            return year.toString();
        }
        if (value instanceof LocalDateTime time) {
            return TIME.format(time);
        }
        if (value instanceof java.time.LocalTime time) {
            return java.time.format.DateTimeFormatter.ofPattern("HH:mm 'Uhr'").format(time);
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant.atZone(BERLIN));
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return TIME.format(time.atZoneSameInstant(BERLIN));
        }
        if (value instanceof Enum<?> code) {
            return enumLabel(code);
        }
        if (value instanceof byte[] bytes) {
            return bytes(bytes);
        }
        if (value instanceof Map<?, ?> map) {
            return new TreeMap<>(map).entrySet().stream().map(e -> text(e.getKey()) + ": " + text(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> collection) {
            var texts = collection.stream().map(AuditRendering::text);
            return (collection instanceof Set<?> ? texts.sorted() : texts).collect(Collectors.joining("; "));
        }
        return name(value);
    }

    /**
     * @return the business name of an entity or embeddable: its {@link AuditNamed#auditName()}, an embeddable's
     *         fields, or the entity's German name with its id
     */
    public static String name(Object object) {
        if (object instanceof AuditNamed named) {
            return text(named.auditName());
        }
        Class<?> type = object.getClass();
        if (type.isAnnotationPresent(Embeddable.class)) {
            return describe(object).stream().filter(line -> line.value() != null)
                    .map(line -> line.label() + ": " + line.value()).collect(Collectors.joining(", "));
        }
        if (type.isAnnotationPresent(Entity.class)) {
            Audited audited = type.getAnnotation(Audited.class);
            Object id = persistentFields(type).stream().filter(f -> f.isAnnotationPresent(Id.class))
                    .map(f -> read(f, object)).findFirst().orElse(null);
            return (audited == null ? type.getSimpleName() : audited.value()) + (id == null ? "" : " " + text(id));
        }
        if (type.isRecord() || type.getName().startsWith("java.")) {
            return object.toString();
        }
        return type.getSimpleName();
    }

    /**
     * @return every persistent field of an entity or embeddable with its label and its value as text, in
     *         declaration order; references to other entities by their name
     */
    public static List<Line> describe(Object object) {
        Class<?> type = object.getClass();
        List<Line> lines = new ArrayList<>();
        for (Field field : persistentFields(type)) {
            Object value = read(field, object);
            String text = value != null && value.getClass().isAnnotationPresent(Entity.class) ? name(value)
                    : text(field.getDeclaringClass(), field.getName(), value);
            lines.add(new Line(field.getName(), label(field.getDeclaringClass(), field.getName()), text));
        }
        return lines;
    }

    /** @return the persistent fields of an entity or embeddable class and its mapped superclasses */
    public static List<Field> persistentFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Field> own = new ArrayList<>();
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Transient.class) || field.getName().startsWith("_persistence")) {
                    continue;
                }
                own.add(field);
            }
            fields.addAll(0, own);
        }
        return fields;
    }

    private static Object read(Field field, Object object) {
        try {
            field.setAccessible(true);
            return field.get(object);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String enumLabel(Enum<?> code) {
        Class<?> type = code.getDeclaringClass();
        Optional<String> fromBundle = lookup(type, type.getSimpleName() + "." + code.name());
        if (fromBundle.isPresent()) {
            return fromBundle.get();
        }
        for (String methodName : LABEL_METHODS) {
            try {
                Method method = type.getMethod(methodName);
                if (method.getReturnType() == String.class && method.getParameterCount() == 0) {
                    Object label = method.invoke(code);
                    if (label != null) {
                        return label.toString();
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // try the next way of naming the code
            }
        }
        return code.name();
    }

    private static String month(Object key) {
        if (key instanceof Number number && number.intValue() >= 1 && number.intValue() <= 12) {
            return Month.of(number.intValue()).getDisplayName(TextStyle.FULL, Locale.GERMAN);
        }
        return text(key);
    }

    private static String bytes(byte[] bytes) {
        String kind = startsWith(bytes, "%PDF") ? "PDF" : startsWith(bytes, "PK") ? "ZIP/XLSX" : "Datei";
        String size = bytes.length < 1024 ? bytes.length + " Bytes" : Math.round(bytes.length / 1024.0) + " KB";
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return kind + ", " + size + ", SHA-256 " + hash;
        } catch (NoSuchAlgorithmException e) {
            return kind + ", " + size;
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] wanted = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < wanted.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (bytes[i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return the text of an HTML fragment: tags removed, the usual entities decoded, whitespace collapsed */
    static String htmlToText(String html) {
        String text = BLOCK_END.matcher(html).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&auml;", "ä").replace("&ouml;", "ö").replace("&uuml;", "ü")
                .replace("&Auml;", "Ä").replace("&Ouml;", "Ö").replace("&Uuml;", "Ü").replace("&szlig;", "ß")
                .replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + " … (" + text.length() + " Zeichen)";
    }

    private static Optional<String> lookup(Class<?> type, String key) {
        Optional<ResourceBundle> bundle = BUNDLES.computeIfAbsent(type.getPackageName() + "@" + System.identityHashCode(type.getClassLoader()), ignored -> {
            String pkg = type.getPackageName();
            try {
                return Optional.of(ResourceBundle.getBundle(pkg + ".AuditLabels", Locale.ROOT, type.getClassLoader()));
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        });
        return bundle.filter(b -> b.containsKey(key)).map(b -> b.getString(key));
    }
}
