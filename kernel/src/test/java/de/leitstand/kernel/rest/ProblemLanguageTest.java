package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.AccessDeniedException;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The problem document says title, detail and field errors in the caller's language; code and status stay. */
class ProblemLanguageTest {

    @Test
    void detailAndFieldErrorsFollowTheLanguage() {
        ValidationException refused = new ValidationException("BODY_INVALID", List.of(
                new ValidationException.FieldError("year", Text.of("kernel.FIELD_ERROR", "year", Text.of("kernel.JSON_NULL"))),
                new ValidationException.FieldError("month", Text.of("kernel.NOT_A_MONTH", "13/2020"))));
        Problem german = LeitstandExceptionMapper.problem(refused, Locale.GERMAN);
        Problem english = LeitstandExceptionMapper.problem(refused, Locale.ENGLISH);
        assertEquals("Die Eingaben enthalten 2 Fehler.", german.detail());
        assertEquals("The input contains 2 errors.", english.detail());
        assertEquals("year: darf nicht leer (null) sein.", german.errors().get(0).message());
        assertEquals("year: must not be empty (null).", english.errors().get(0).message());
        assertEquals("“13/2020” is not a month (YYYY-MM).", english.errors().get(1).message());
        assertEquals("month", english.errors().get(1).field());
        assertEquals("Ungültige Anfrage", german.title());
        assertEquals("Bad request", english.title());
        assertEquals("BODY_INVALID", english.code());
        assertEquals(400, english.status());
        assertEquals("urn:leitstand:problem:body-invalid", english.type());
    }

    @Test
    void withoutARequestOrWithAnotherLanguageTheAnswerIsGerman() {
        assertEquals(Locale.GERMAN, LeitstandExceptionMapper.language(null));
        Problem answer = LeitstandExceptionMapper.problem(AccessDeniedException.otherJobcenter(), Locale.FRENCH);
        assertEquals("Diese Daten gehören zu einem anderen Jobcenter.", answer.detail());
        assertEquals("TENANT_FORBIDDEN", answer.code());
        assertEquals(403, answer.status());
    }
}
