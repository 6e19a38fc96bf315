package de.leitstand.kernel.application;

import de.leitstand.kernel.api.InputValidation;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;

/** {@link InputValidation} with the container's Bean Validation. */
@ApplicationScoped
public class BeanInputValidation implements InputValidation {

    @Inject
    Validator validator;

    @Override
    public <T> T check(T command, String code) {
        if (command == null) {
            throw new ValidationException(code, "body", Text.of("kernel.BODY_EMPTY"));
        }
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<ValidationException.FieldError> errors = violations.stream()
                    .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                    .map(v -> new ValidationException.FieldError(v.getPropertyPath().toString(), Text.literal(v.getMessage())))
                    .toList();
            throw new ValidationException(code, errors);
        }
        return command;
    }
}
