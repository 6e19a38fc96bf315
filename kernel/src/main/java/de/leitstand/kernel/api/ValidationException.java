package de.leitstand.kernel.api;

import java.util.List;

/** Bad input: names every field that is wrong and why (HTTP 400). */
public class ValidationException extends LeitstandException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(String code, String field, String message) {
        this(code, List.of(new FieldError(field, message)));
    }

    public ValidationException(String code, List<FieldError> errors) {
        super(code, 400, errors.size() == 1 ? errors.get(0).message()
                : "Die Eingaben enthalten " + errors.size() + " Fehler.");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One wrong input: the field (or file position) and a German message. */
    public record FieldError(String field, String message) implements java.io.Serializable {
    }
}
