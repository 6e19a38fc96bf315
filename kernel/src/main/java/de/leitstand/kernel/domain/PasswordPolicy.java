package de.leitstand.kernel.domain;

import de.leitstand.kernel.api.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules a password set by a person must meet (demo users are exempt, they are created by the
 * system). Length matters most (NIST SP 800-63B); a mix of character kinds guards against words.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @return the texts of every rule the password breaks; empty when it is acceptable */
    public static List<Text> check(String username, String password) {
        List<Text> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(Text.of("kernel.PASSWORD_MISSING"));
            return problems;
        }
        if (password.length() < MIN_LENGTH) {
            problems.add(Text.of("kernel.PASSWORD_TOO_SHORT", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(Text.of("kernel.PASSWORD_TOO_LONG", MAX_LENGTH));
        }
        if (password.chars().noneMatch(Character::isLetter)) {
            problems.add(Text.of("kernel.PASSWORD_NO_LETTER"));
        }
        if (password.chars().noneMatch(c -> !Character.isLetter(c))) {
            problems.add(Text.of("kernel.PASSWORD_NO_DIGIT"));
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(Text.of("kernel.PASSWORD_CONTAINS_USERNAME"));
        }
        return problems;
    }
}
