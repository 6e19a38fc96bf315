package de.leitstand.kernel.domain;

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

    /** @return the German messages of every rule the password breaks; empty when it is acceptable */
    public static List<String> check(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("Bitte geben Sie ein Passwort ein.");
            return problems;
        }
        if (password.length() < MIN_LENGTH) {
            problems.add("Das Passwort muss mindestens " + MIN_LENGTH + " Zeichen lang sein.");
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("Das Passwort darf höchstens " + MAX_LENGTH + " Zeichen lang sein.");
        }
        if (password.chars().noneMatch(Character::isLetter)) {
            problems.add("Das Passwort muss mindestens einen Buchstaben enthalten.");
        }
        if (password.chars().noneMatch(c -> !Character.isLetter(c))) {
            problems.add("Das Passwort muss mindestens eine Ziffer oder ein Sonderzeichen enthalten.");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("Das Passwort darf den Benutzernamen nicht enthalten.");
        }
        return problems;
    }
}
