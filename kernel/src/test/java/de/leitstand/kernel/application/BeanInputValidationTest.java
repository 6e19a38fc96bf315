package de.leitstand.kernel.application;

import jakarta.validation.ConstraintViolation;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A constraint's message names a key of the context's ErrorTexts and is said in the caller's language. */
class BeanInputValidationTest {

    @Test
    void aKeyedMessageIsSaidInTheLanguageAnyOtherAsItIs() {
        assertEquals("Bitte geben Sie einen Benutzernamen ein.",
                BeanInputValidation.text(violation("{kernel.USERNAME_NOT_BLANK}", "{kernel.USERNAME_NOT_BLANK}")).german());
        assertEquals("Please enter a user name.",
                BeanInputValidation.text(violation("{kernel.USERNAME_NOT_BLANK}", "{kernel.USERNAME_NOT_BLANK}")).in(Locale.ENGLISH));
        assertEquals("darf nicht null sein",
                BeanInputValidation.text(violation("{jakarta.validation.constraints.NotNull.message}", "darf nicht null sein"))
                        .in(Locale.ENGLISH));
    }

    private static ConstraintViolation<?> violation(String template, String message) {
        return (ConstraintViolation<?>) Proxy.newProxyInstance(BeanInputValidationTest.class.getClassLoader(), new Class<?>[]{ConstraintViolation.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMessageTemplate" -> template;
                    case "getMessage" -> message;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
