package de.leitstand.kernel.api;

import java.util.List;
import java.util.Locale;

/** Bad input: names every field that is wrong and why (HTTP 400). */
public class ValidationException extends LeitstandException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(String code, String field, Text text) {
        this(code, List.of(new FieldError(field, text)));
    }

    public ValidationException(String code, List<FieldError> errors) {
        super(code, 400, errors.size() == 1 ? errors.get(0).text() : Text.of("kernel.ERRORS", errors.size()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One wrong input: the field (or file position) and a text saying what is wrong. */
    public record FieldError(String field, Text text) implements java.io.Serializable {

        /** @return the German text */
        public String message() {
            return text.german();
        }

        /** @return the text in the locale's language */
        public String message(Locale locale) {
            return text.in(locale);
        }
    }
}
