package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.StrictNumber;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static de.leitstand.kernel.rest.JsonBinding.elementType;
import static de.leitstand.kernel.rest.JsonBinding.names;
import static de.leitstand.kernel.rest.JsonBinding.property;
import static de.leitstand.kernel.rest.JsonBinding.raw;
import static de.leitstand.kernel.rest.JsonBinding.typeArgument;
import static de.leitstand.kernel.rest.JsonScalarShape.isWhole;
import static de.leitstand.kernel.rest.JsonShapeErrors.error;
import static de.leitstand.kernel.rest.JsonShapeErrors.shown;

/**
 * Checks a parsed JSON document against the Java type it is about to become, before JSON-B binds it:
 * numbers must be exact and within the type's range (no wrapping, no truncated fractions, no strings
 * for numbers), booleans must be {@code true}/{@code false}, texts must be texts of a bounded length,
 * enum constants and dates must be valid, and every property must be one the type has (an unknown one
 * would be dropped silently). Every error names the field by its JSON path
 * ({@code targets.integrations}, {@code months[3]}) in German, never a Java class name. This class walks the
 * document; the rules of single values are {@link JsonScalarShape}'s, the binding names {@link JsonBinding}'s.
 */
final class JsonShape {

    private static final int MAX_DEPTH = 20;

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
            JsonScalarShape.text(value, field, element, errors);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                errors.add(error(field, Text.of("kernel.JSON_NOT_BOOLEAN", shown(value))));
            }
        } else if (isWhole(raw)) {
            JsonScalarShape.whole(value, raw, field, errors);
        } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class || raw == float.class
                || raw == Float.class || raw == Number.class) {
            JsonScalarShape.number(value, field, errors);
        } else if (raw.isEnum()) {
            JsonScalarShape.constant(value, raw, field, errors);
        } else if (JsonScalarShape.isTemporal(raw)) {
            JsonScalarShape.temporal(value, raw, field, errors);
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
                JsonScalarShape.whole(jsonNumberOrText(entry.getKey()), key, child, errors);
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
}
