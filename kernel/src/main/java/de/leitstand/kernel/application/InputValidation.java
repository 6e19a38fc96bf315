package de.leitstand.kernel.application;

import de.leitstand.kernel.api.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;

/**
 * Checks a command's Bean Validation constraints and reports every broken one at once, with the
 * field name, as a {@link ValidationException}. Use cases call it before they change anything.
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public <T> T check(T command, String code) {
        if (command == null) {
            throw new ValidationException(code, "body", "Die Anfrage enthält keine Daten.");
        }
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<ValidationException.FieldError> errors = violations.stream()
                    .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                    .map(v -> new ValidationException.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .toList();
            throw new ValidationException(code, errors);
        }
        return command;
    }
}
