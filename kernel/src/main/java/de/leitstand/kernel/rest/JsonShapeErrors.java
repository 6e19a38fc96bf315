package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException.FieldError;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** How a shape error names its field and the value that was sent, in the user's language. */
final class JsonShapeErrors {

    private JsonShapeErrors() {
    }

    static FieldError error(String field, Text message) {
        return new FieldError(field, Text.of("kernel.FIELD_ERROR", field, message));
    }

    /** The sent value as a user recognises it, shortened. */
    static Text shown(JsonValue value) {
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
}
