package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.StrictNumber;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.Size;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a parsed JSON document against the Java type it is about to become, before JSON-B binds it:
 * numbers must be exact and within the type's range (no wrapping, no truncated fractions, no strings
 * for numbers), booleans must be {@code true}/{@code false}, texts must be texts of a bounded length,
 * enum constants and dates must be valid, and every property must be one the type has (an unknown one
 * would be dropped silently). Every error names the field by its JSON path
 * ({@code targets.integrations}, {@code months[3]}) in German, never a Java class name.
 */
final class JsonShape {

    /** The longest text a field without its own {@code @Size(max)} takes. */
    static final int DEFAULT_MAX_TEXT = 20_000;
    private static final int MAX_DEPTH = 20;

    private static final Map<Class<?>, Function<String, ?>> TEMPORALS = Map.of(
            LocalDate.class, LocalDate::parse, YearMonth.class, YearMonth::parse, Year.class, Year::parse,
            LocalDateTime.class, LocalDateTime::parse, LocalTime.class, LocalTime::parse,
            Instant.class, Instant::parse, OffsetDateTime.class, OffsetDateTime::parse);
    private static final Map<Class<?>, Text> TEMPORAL_HINTS = Map.of(
            LocalDate.class, Text.of("kernel.JSON_A_DATE"), YearMonth.class, Text.of("kernel.JSON_A_MONTH"),
            Year.class, Text.of("kernel.JSON_A_YEAR"), LocalDateTime.class, Text.of("kernel.JSON_A_DATE_TIME"),
            LocalTime.class, Text.of("kernel.JSON_A_TIME"), Instant.class, Text.of("kernel.JSON_AN_INSTANT"),
            OffsetDateTime.class, Text.of("kernel.JSON_AN_OFFSET_DATE_TIME"));

    private JsonShape() {
    }

    /** @return every mismatch between the document and the type, empty when it may be bound */
    static List<FieldError> check(JsonValue value, Type type) {
        List<FieldError> errors = new java.util.ArrayList<>();
        check(value, type, "", null, errors, 0);
        return errors;
    }

    private static void check(JsonValue value, Type type, String path, AnnotatedElement element, List<FieldError> errors, int depth) {
        Class<?> raw = raw(type);
        String field = path.isEmpty() ? "body" : path;
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(error(field, Text.of("kernel.JSON_NULL")));
            }
            return;
        }
        if (depth > MAX_DEPTH) {
            errors.add(error(field, Text.of("kernel.JSON_TOO_DEEP")));
        } else if (raw == String.class || raw == char.class || raw == Character.class) {
            text(value, field, element, errors);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                errors.add(error(field, Text.of("kernel.JSON_NOT_BOOLEAN", shown(value))));
            }
        } else if (isWhole(raw)) {
            whole(value, raw, field, errors);
        } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class || raw == float.class
                || raw == Float.class || raw == Number.class) {
            number(value, field, errors);
        } else if (raw.isEnum()) {
            constant(value, raw, field, errors);
        } else if (TEMPORALS.containsKey(raw)) {
            temporal(value, raw, field, errors);
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            array(value, elementType(type), path, field, errors, depth);
        } else if (Map.class.isAssignableFrom(raw)) {
            map(value, type, path, field, errors, depth);
        } else if (raw == Optional.class) {
            check(value, typeArgument(type, 0), path, element, errors, depth);
        } else if (raw == Object.class || JsonValue.class.isAssignableFrom(raw) || raw.getName().startsWith("java.")) {
            return;
        } else {
            object(value, raw, path, field, errors, depth);
        }
    }

    private static void text(JsonValue value, String field, AnnotatedElement element, List<FieldError> errors) {
        if (!(value instanceof JsonString string)) {
            errors.add(error(field, Text.of("kernel.JSON_NOT_TEXT", shown(value))));
            return;
        }
        Size size = element == null ? null : element.getAnnotation(Size.class);
        int max = size != null && size.max() < Integer.MAX_VALUE ? size.max() : DEFAULT_MAX_TEXT;
        int length = string.getString().length();
        if (length > max) {
            errors.add(error(field, Text.of("kernel.JSON_TEXT_TOO_LONG", length, max)));
        }
    }

    private static void whole(JsonValue value, Class<?> raw, String field, List<FieldError> errors) {
        if (!(value instanceof JsonNumber number)) {
            errors.add(error(field, Text.of("kernel.JSON_NOT_WHOLE", shown(value))));
            return;
        }
        String literal = number.toString();
        try {
            long whole = StrictNumber.wholeValue(StrictNumber.parse(literal, StrictNumber.Style.JSON), literal);
            long min = raw == int.class || raw == Integer.class ? Integer.MIN_VALUE
                    : raw == short.class || raw == Short.class ? Short.MIN_VALUE
                    : raw == byte.class || raw == Byte.class ? Byte.MIN_VALUE : Long.MIN_VALUE;
            long max = raw == int.class || raw == Integer.class ? Integer.MAX_VALUE
                    : raw == short.class || raw == Short.class ? Short.MAX_VALUE
                    : raw == byte.class || raw == Byte.class ? Byte.MAX_VALUE : Long.MAX_VALUE;
            if (whole < min || whole > max) {
                errors.add(error(field, Text.of("kernel.JSON_OUT_OF_RANGE", literal, min, max)));
            }
        } catch (NumberFormatException e) {
            errors.add(error(field, StrictNumber.text(e)));
        }
    }

    private static void number(JsonValue value, String field, List<FieldError> errors) {
        if (!(value instanceof JsonNumber number)) {
            errors.add(error(field, Text.of("kernel.JSON_NOT_NUMBER", shown(value))));
            return;
        }
        try {
            StrictNumber.parse(number.toString(), StrictNumber.Style.JSON);
        } catch (NumberFormatException e) {
            errors.add(error(field, StrictNumber.text(e)));
        }
    }

    private static void constant(JsonValue value, Class<?> raw, String field, List<FieldError> errors) {
        String allowed = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        if (!(value instanceof JsonString string)
                || Arrays.stream(raw.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(string.getString()))) {
            errors.add(error(field, Text.of("kernel.JSON_NOT_ENUM", allowed, shown(value))));
        }
    }

    private static void temporal(JsonValue value, Class<?> raw, String field, List<FieldError> errors) {
        Text hint = TEMPORAL_HINTS.get(raw);
        if (!(value instanceof JsonString string) || string.getString().length() > 40) {
            errors.add(error(field, Text.of("kernel.JSON_NOT_TEMPORAL", hint, shown(value))));
            return;
        }
        try {
            TEMPORALS.get(raw).apply(string.getString());
        } catch (DateTimeParseException e) {
            errors.add(error(field, Text.of("kernel.JSON_NOT_TEMPORAL", hint, shown(value))));
        }
    }

    private static void array(JsonValue value, Type element, String path, String field, List<FieldError> errors, int depth) {
        if (!(value instanceof JsonArray array)) {
            errors.add(error(field, Text.of("kernel.JSON_NOT_LIST", shown(value))));
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            check(array.get(i), element, path + "[" + i + "]", null, errors, depth + 1);
        }
    }

    private static void map(JsonValue value, Type type, String path, String field, List<FieldError> errors, int depth) {
        if (!(value instanceof JsonObject object)) {
            errors.add(error(field, Text.of("kernel.JSON_NOT_OBJECT", shown(value))));
            return;
        }
        Class<?> key = raw(typeArgument(type, 0));
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String child = join(path, entry.getKey());
            if (isWhole(key)) {
                whole(jsonNumberOrText(entry.getKey()), key, child, errors);
            }
            check(entry.getValue(), typeArgument(type, 1), child, null, errors, depth + 1);
        }
    }

    private static void object(JsonValue value, Class<?> raw, String path, String field, List<FieldError> errors, int depth) {
        if (!(value instanceof JsonObject object)) {
            errors.add(error(field, Text.of("kernel.JSON_NOT_OBJECT", shown(value))));
            return;
        }
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            AnnotatedElement property = property(raw, entry.getKey());
            if (property != null) {
                Type type = ((Field) property).getGenericType();
                check(entry.getValue(), type, join(path, entry.getKey()), property, errors, depth + 1);
            } else {
                // taken as sent or refused: a property the resource does not know would be dropped silently
                errors.add(error(join(path, entry.getKey()), Text.of("kernel.JSON_UNKNOWN_PROPERTY", String.join(", ", names(raw)))));
            }
        }
    }

    /** The record component or field JSON-B binds the name to, or null when it ignores it. */
    private static AnnotatedElement property(Class<?> raw, String name) {
        if (raw.isRecord()) {
            // constraint annotations reach a record's private field, not its component
            for (RecordComponent component : raw.getRecordComponents()) {
                try {
                    Field f = raw.getDeclaredField(component.getName());
                    if (name.equals(jsonName(f, component.getName()))) {
                        return f;
                    }
                } catch (NoSuchFieldException e) {
                    return null;
                }
            }
            return null;
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                        && !f.isAnnotationPresent(JsonbTransient.class) && name.equals(jsonName(f, f.getName()))) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The JSON names of the properties JSON-B binds for a type. */
    private static List<String> names(Class<?> raw) {
        List<String> names = new java.util.ArrayList<>();
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                try {
                    names.add(jsonName(raw.getDeclaredField(component.getName()), component.getName()));
                } catch (NoSuchFieldException e) {
                    names.add(component.getName());
                }
            }
            return names;
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                        && !f.isAnnotationPresent(JsonbTransient.class)) {
                    names.add(jsonName(f, f.getName()));
                }
            }
        }
        return names;
    }

    private static String jsonName(AnnotatedElement element, String name) {
        JsonbProperty property = element.getAnnotation(JsonbProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : name;
    }

    private static boolean isWhole(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
                || raw == Short.class || raw == byte.class || raw == Byte.class || raw == BigInteger.class;
    }

    private static JsonValue jsonNumberOrText(String key) {
        try {
            return de.leitstand.kernel.api.Jsons.PROVIDER.createValue(new BigDecimal(key.length() > StrictNumber.MAX_LENGTH ? "x" : key));
        } catch (NumberFormatException e) {
            return de.leitstand.kernel.api.Jsons.PROVIDER.createValue(key);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static FieldError error(String field, Text message) {
        return new FieldError(field, Text.of("kernel.FIELD_ERROR", field, message));
    }

    /** The sent value as a user recognises it, shortened. */
    private static Text shown(JsonValue value) {
        String text = switch (value.getValueType()) {
            case STRING -> "„" + ((JsonString) value).getString() + "“";
            case OBJECT -> null;
            case ARRAY -> null;
            default -> value.toString();
        };
        if (text == null) {
            return Text.of(value.getValueType() == JsonValue.ValueType.OBJECT ? "kernel.JSON_AN_OBJECT" : "kernel.JSON_A_LIST");
        }
        return Text.literal(text.length() > 40 ? text.substring(0, 39) + "…“" : text);
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type elementType(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType a) {
            return a.getGenericComponentType();
        }
        return typeArgument(type, 0);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
