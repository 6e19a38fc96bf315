package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.StrictNumber;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException.FieldError;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Size;

import java.lang.reflect.AnnotatedElement;
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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static de.leitstand.kernel.rest.JsonShapeErrors.error;
import static de.leitstand.kernel.rest.JsonShapeErrors.shown;

/**
 * The shape rules of single JSON values ({@link JsonShape} walks the containers): texts of a bounded length,
 * exact whole numbers within the Java type's range, exact decimals, enum constants by name, and dates and
 * times in their ISO form.
 */
final class JsonScalarShape {

    /** The longest text a field without its own {@code @Size(max)} takes. */
    static final int DEFAULT_MAX_TEXT = 20_000;

    private static final Map<Class<?>, Function<String, ?>> TEMPORALS = Map.of(
            LocalDate.class, LocalDate::parse, YearMonth.class, YearMonth::parse, Year.class, Year::parse,
            LocalDateTime.class, LocalDateTime::parse, LocalTime.class, LocalTime::parse,
            Instant.class, Instant::parse, OffsetDateTime.class, OffsetDateTime::parse);
    private static final Map<Class<?>, Text> TEMPORAL_HINTS = Map.of(
            LocalDate.class, Text.of("kernel.JSON_A_DATE"), YearMonth.class, Text.of("kernel.JSON_A_MONTH"),
            Year.class, Text.of("kernel.JSON_A_YEAR"), LocalDateTime.class, Text.of("kernel.JSON_A_DATE_TIME"),
            LocalTime.class, Text.of("kernel.JSON_A_TIME"), Instant.class, Text.of("kernel.JSON_AN_INSTANT"),
            OffsetDateTime.class, Text.of("kernel.JSON_AN_OFFSET_DATE_TIME"));

    private JsonScalarShape() {
    }

    static boolean isTemporal(Class<?> raw) {
        return TEMPORALS.containsKey(raw);
    }

    static void text(JsonValue value, String field, AnnotatedElement element, List<FieldError> errors) {
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

    static void whole(JsonValue value, Class<?> raw, String field, List<FieldError> errors) {
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

    static void number(JsonValue value, String field, List<FieldError> errors) {
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

    static void constant(JsonValue value, Class<?> raw, String field, List<FieldError> errors) {
        String allowed = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        if (!(value instanceof JsonString string)
                || Arrays.stream(raw.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(string.getString()))) {
            errors.add(error(field, Text.of("kernel.JSON_NOT_ENUM", allowed, shown(value))));
        }
    }

    static void temporal(JsonValue value, Class<?> raw, String field, List<FieldError> errors) {
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

    static boolean isWhole(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
                || raw == Short.class || raw == byte.class || raw == Byte.class || raw == BigInteger.class;
    }
}
