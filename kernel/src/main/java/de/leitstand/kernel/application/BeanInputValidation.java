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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link InputValidation} with the container's Bean Validation. */
@ApplicationScoped
public class BeanInputValidation implements InputValidation {

    private static final Pattern KEY = Pattern.compile("\\{([a-z]+\\.[A-Z][A-Z0-9_]*(?:\\.\\d+)?)}");

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
                    .map(v -> new ValidationException.FieldError(v.getPropertyPath().toString(), text(v)))
                    .toList();
            throw new ValidationException(code, errors);
        }
        return command;
    }

    /**
     * The message of a violated constraint: a key {@code message = "{<context>.<NAME>}"} of the context's
     * {@code ErrorTexts} (said in the caller's language), any other message as Bean Validation made it.
     */
    static Text text(ConstraintViolation<?> violation) {
        Matcher key = KEY.matcher(violation.getMessageTemplate());
        return key.matches() ? Text.of(key.group(1)) : Text.literal(violation.getMessage());
    }
}
