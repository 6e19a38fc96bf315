package de.leitstand.kernel.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void acceptsALongMixedPassword() {
        assertTrue(PasswordPolicy.check("ee-gf", "Sicheres-Passwort-1").isEmpty());
        assertTrue(PasswordPolicy.check("ee-gf", "abcdefghi1").isEmpty(), "exactly 10 characters");
    }

    @Test
    void namesEveryBrokenRule() {
        assertEquals(2, PasswordPolicy.check("x", "kurz").size(), "too short and letters only");
        assertEquals(1, PasswordPolicy.check("x", "abcdefgh1").size(), "9 characters");
        assertEquals(1, PasswordPolicy.check("x", "1234567890").size(), "digits only");
        assertEquals(1, PasswordPolicy.check("x", "abcdefghij").size(), "letters only");
        assertEquals(1, PasswordPolicy.check("Mueller", "mueller-2020!").size(), "contains the username");
        assertEquals(1, PasswordPolicy.check("x", "a1".repeat(65)).size(), "longer than 128");
        assertEquals(1, PasswordPolicy.check("x", null).size());
        assertEquals(1, PasswordPolicy.check("x", "").size());
    }
}
