package de.leitstand.programmes.application;

import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the programmes' use cases read what was sent (blank texts as none, codes by name) and refuse what is missing. */
final class ProgrammesInput {

    private ProgrammesInput() {
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Text what) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ValidationException("VALUE_UNKNOWN", field, Text.of("programmes.VALUE_UNKNOWN", what, value, Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }

    static NotFoundException notFound(String code, Text what, Object id) {
        return new NotFoundException(code, Text.of("programmes.NOT_FOUND", what, id));
    }
}
