package de.leitstand.kernel.api;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A text is said in German unless English is asked for, never in the server's default locale. */
class TextTest {

    @Test
    void germanByDefaultEnglishWhenAskedForNoFallbackToTheServerLocale() {
        Text text = Text.of("kernel.JOBCENTER_NOT_FOUND", "99999");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Es gibt kein Jobcenter mit der Träger-Nummer „99999“.", text.in(Locale.GERMAN));
            assertEquals("Es gibt kein Jobcenter mit der Träger-Nummer „99999“.", text.in(Locale.FRENCH));
            assertEquals("Es gibt kein Jobcenter mit der Träger-Nummer „99999“.", text.in(null));
            assertEquals("Es gibt kein Jobcenter mit der Träger-Nummer „99999“.", text.german());
            assertEquals("There is no Jobcenter with the agency number “99999”.", text.in(Locale.US));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreTakenAsTheyReadAndTextsInTheSameLanguage() {
        Text roles = Text.of("kernel.ROLE_MISSING", Text.of("kernel.EITHER_OR", "ADMIN", "GREMIUM"));
        assertEquals("Für diese Aktion fehlt Ihnen die Rolle ADMIN oder GREMIUM.", roles.german());
        assertEquals("You lack the role ADMIN or GREMIUM for this action.", roles.in(Locale.ENGLISH));
        assertEquals("Der Inhalt der Anfrage ist größer als 2020 MB.", Text.of("kernel.BODY_TOO_LARGE", 2020).german(),
                "no grouping of numbers");
        assertEquals("Ein Objekt", Text.of("kernel.JSON_AN_OBJECT").capitalized().german());
        assertEquals("wie gesendet", Text.literal("wie gesendet").in(Locale.ENGLISH));
    }

    @Test
    void anExceptionKeepsItsGermanMessageAndSaysItInEnglishOnRequest() {
        ValidationException refused = new ValidationException("PAGE_INVALID", "page", Text.of("kernel.PAGE_INVALID"));
        assertEquals("Die Seitennummer darf nicht negativ sein.", refused.getMessage());
        assertEquals("The page number must not be negative.", refused.message(Locale.ENGLISH));
        assertEquals("The page number must not be negative.", refused.errors().get(0).message(Locale.ENGLISH));
        assertEquals("PAGE_INVALID", refused.code());
        assertEquals(400, refused.status());
    }

    @Test
    void aPositionInAFileIsAFieldThatIsSaidInTheLanguage() {
        ValidationException.FieldError error = ValidationException.FieldError.at(ValidationException.FieldError.position(3, 2),
                Text.of("kernel.CSV_HEADER_AGAIN", ValidationException.FieldError.position(3, 2).capitalized()));
        assertEquals("Zeile 3, Spalte 2", error.field(), "the field's name stays German");
        assertEquals("Zeile 3, Spalte 2", error.field(Locale.GERMAN));
        assertEquals("line 3, column 2", error.field(Locale.ENGLISH));
        assertEquals("Line 3, column 2: the header line appears here once more.", error.message(Locale.ENGLISH));
        assertEquals("line 1", new ValidationException.FieldError("Zeile 1", Text.literal("x")).field(Locale.ENGLISH));
        assertEquals("month", new ValidationException.FieldError("month", Text.literal("x")).field(Locale.ENGLISH),
                "a field name is not translated");
    }

    @Test
    void textsJoinedAndWrittenAsJsonInTheRequestsLanguage() {
        Text both = Text.joined(", ", java.util.List.of(Text.of("kernel.POSITION_LINE", 1), Text.of("kernel.POSITION_LINE", 2)));
        assertEquals("Zeile 1, Zeile 2", both.german());
        assertEquals("line 1, line 2", both.in(Locale.ENGLISH));
        TextJson json = new TextJson();
        assertEquals("Zeile 1, Zeile 2", json.adaptToJson(both), "German outside a request");
        assertEquals("line 1, line 2", TextJson.in(Locale.ENGLISH, () -> json.adaptToJson(both)));
        assertEquals(Languages.GERMAN, TextJson.language(), "the language ends with the body");
    }
}
