package de.leitstand.kernel.api;

/**
 * Checks a command's Bean Validation constraints and reports every broken one at once, with the
 * field name, as a {@link ValidationException}. Use cases call it before they change anything.
 */
public interface InputValidation {

    /**
     * @param command the command as the caller sent it
     * @param code    the error code of the refusal, e.g. {@code PROGRAMME_INVALID}
     * @return the command, when every constraint holds
     * @throws ValidationException {@code code} naming every broken field; the given code also when the command is missing
     */
    <T> T check(T command, String code);
}
