package de.leitstand.planning.application;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Parsing of the enumerated values of inputs, with a message that lists what is allowed. */
final class Inputs {

    private Inputs() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Text what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("VALUE_UNKNOWN", field, Text.of("planning.VALUE_UNKNOWN", what, value, Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }

    static <E extends Enum<E>> E require(Class<E> type, String value, String field, Text what) {
        E parsed = parse(type, value, field, what);
        if (parsed == null) {
            throw new ValidationException("VALUE_MISSING", field, Text.of("planning.VALUE_MISSING", what));
        }
        return parsed;
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
