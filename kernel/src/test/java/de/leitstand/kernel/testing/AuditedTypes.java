package de.leitstand.kernel.testing;

import de.leitstand.kernel.api.persistence.AuditNamed;
import de.leitstand.kernel.api.persistence.AuditRendering;
import de.leitstand.kernel.api.persistence.Audited;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * For the audit-rendering test of each module: the entity and embeddable classes of the module's
 * persistence unit, a filled sample of each, and the check that the audit trail shows every field with a
 * German label and a readable value (no {@code Class@1a2b3c}, no {@code [B@…}, no HTML, no {@code {1=…}}).
 */
public final class AuditedTypes {

    private static final Pattern CLASS = Pattern.compile("<class>([\\w.]+)</class>");
    private static final Pattern UNREADABLE = Pattern.compile("@[0-9a-f]{4,}|\\[B@|<[a-zA-Z/][^>]*>|\\{\\d+=|^\\[.*]$");

    private AuditedTypes() {
    }

    /** @return the entity and embeddable classes listed in the module's own {@code persistence.xml} */
    public static List<Class<?>> ofModule() throws Exception {
        String xml = Files.readString(Path.of("target/classes/META-INF/persistence.xml"), StandardCharsets.UTF_8);
        List<Class<?>> types = new ArrayList<>();
        Matcher matcher = CLASS.matcher(xml);
        while (matcher.find()) {
            Class<?> type = Class.forName(matcher.group(1));
            if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)) {
                types.add(type);
            }
        }
        return types;
    }

    /**
     * Checks the audit rendering of one type: every persistent field has a label, every value reads as text,
     * an entity is audited (unless named in {@code notAudited}) and, if it names itself, names itself readably.
     */
    public static void check(Class<?> type, Set<String> notAudited) throws Exception {
        if (notAudited.contains(type.getSimpleName())) {
            return; // not business data: the audit trail itself, security counters
        }
        if (type.isAnnotationPresent(Entity.class)) {
            assertNotNull(type.getAnnotation(Audited.class), type.getSimpleName() + " changes a table and is not @Audited");
        }
        Object sample = sample(type, 0);
        for (AuditRendering.Line line : AuditRendering.describe(sample)) {
            assertTrue(AuditRendering.hasLabel(type, line.field()), type.getSimpleName() + "." + line.field() + " has no label");
            if (line.value() != null) {
                assertFalse(UNREADABLE.matcher(line.value()).find(),
                        type.getSimpleName() + "." + line.field() + " reads as " + line.value());
            }
        }
        String name = AuditRendering.name(sample);
        assertFalse(UNREADABLE.matcher(name).find(), type.getSimpleName() + " is named " + name);
        if (sample instanceof AuditNamed) {
            assertFalse(name.isBlank(), type.getSimpleName() + " names itself blank");
        }
    }

    /** @return an instance of {@code type} with every persistent field filled (children to a small depth) */
    public static Object sample(Class<?> type, int depth) throws Exception {
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object object = constructor.newInstance();
        for (Field field : AuditRendering.persistentFields(type)) {
            field.setAccessible(true);
            Object value = value(field, depth);
            if (value != null || !field.getType().isPrimitive()) {
                field.set(object, value);
            }
        }
        return object;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(Field field, int depth) throws Exception {
        Class<?> type = field.getType();
        if (type == String.class) {
            return field.getName().toLowerCase().contains("agency") ? "03504" : "<p>Beispiel &amp; Text</p>";
        }
        if (type == int.class || type == Integer.class) {
            return 7;
        }
        if (type == long.class || type == Long.class) {
            return 3L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("12.50");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2024, 3, 12);
        }
        if (type == java.time.LocalTime.class) {
            return java.time.LocalTime.of(17, 30);
        }
        if (type == YearMonth.class) {
            return YearMonth.of(2024, 3);
        }
        if (type == Instant.class) {
            return Instant.parse("2024-03-12T10:15:30Z");
        }
        if (type == byte[].class) {
            return "%PDF-1.7 Beispiel".getBytes(StandardCharsets.US_ASCII);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (Map.class.isAssignableFrom(type)) {
            Map<Integer, Object> map = new TreeMap<>();
            Class<?> valueType = typeArgument(field, 1);
            map.put(1, valueType == BigDecimal.class ? new BigDecimal("8.5") : 76);
            map.put(12, valueType == BigDecimal.class ? new BigDecimal("9.5") : 77);
            return map;
        }
        if (Collection.class.isAssignableFrom(type)) {
            Class<?> element = typeArgument(field, 0);
            Collection collection = Set.class.isAssignableFrom(type)
                    ? (element.isEnum() ? EnumSet.noneOf((Class<Enum>) element) : new LinkedHashSet<>()) : new ArrayList<>();
            if (element.isEnum()) {
                collection.add(element.getEnumConstants()[0]);
            } else if (depth < 2 && (element.isAnnotationPresent(Entity.class) || element.isAnnotationPresent(Embeddable.class))) {
                collection.add(sample(element, depth + 1));
            }
            return collection;
        }
        if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)) {
            return depth < 2 ? sample(type, depth + 1) : null;
        }
        fail("no sample value for " + field);
        return null;
    }

    private static Class<?> typeArgument(Field field, int index) {
        var argument = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[index];
        return argument instanceof Class<?> c ? c : Object.class;
    }
}
