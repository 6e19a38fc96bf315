package de.leitstand.kernel.api.persistence;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How the audit trail shows a field and its value to an auditor, in German: field labels come from the
 * bundle {@code AuditLabels} in the entity's package (key {@code SimpleClassName.field}); codes are shown by
 * their label ({@code label()}, {@code germanName()} or the bundle key {@code EnumName.CODE}); dates German;
 * embeddables by their fields; entities by their business key ({@link AuditNamed}); collections and maps as
 * readable lists (a field whose bundle key {@code SimpleClassName.field.keys} is {@code Monat} has months as
 * keys); bytes as "PDF, 123 KB, SHA-256 …"; HTML as text; secrets hidden. Single values are rendered by
 * {@link AuditValueText}, labels looked up in {@link AuditLabelBundles}.
 */
public final class AuditRendering {

    /** What a secret (a password hash) is shown as. */
    public static final String HIDDEN = "(verborgen)";

    private AuditRendering() {
    }

    /** One field of a record as the audit trail shows it. */
    public record Line(String field, String label, String value) implements java.io.Serializable {
    }

    /** @return the German label of {@code field} of {@code type}; the field name itself when the bundle lacks it */
    public static String label(Class<?> type, String field) {
        return AuditLabelBundles.fieldLabel(type, field).orElse(field);
    }

    /** @return whether a bundle names {@code field} of {@code type} (or of a superclass, or as a common field) */
    public static boolean hasLabel(Class<?> type, String field) {
        return AuditLabelBundles.fieldLabel(type, field).isPresent();
    }

    /** @return the value of {@code field} of {@code owner} as text; secrets hidden; {@code null} stays {@code null} */
    public static String text(Class<?> owner, String field, Object value) {
        String lower = field.toLowerCase(Locale.ROOT);
        if (lower.contains("hash") || lower.contains("secret") || lower.contains("password")) {
            return value == null ? null : HIDDEN;
        }
        if (value instanceof Map<?, ?> map
                && "Monat".equals(AuditLabelBundles.lookup(owner, owner.getSimpleName() + "." + field + ".keys").orElse(null))) {
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
        Optional<String> single = AuditValueText.of(value);
        if (single.isPresent()) {
            return single.get();
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

    private static String month(Object key) {
        if (key instanceof Number number && number.intValue() >= 1 && number.intValue() <= 12) {
            return Month.of(number.intValue()).getDisplayName(TextStyle.FULL, Locale.GERMAN);
        }
        return text(key);
    }
}
