package de.leitstand.kernel.api;

import java.util.Locale;

/**
 * A refused request: carries a stable error code (for clients and tests), the HTTP status it maps
 * to and a {@link Text} for the user, said in the caller's language ({@link #message(Locale)}; {@link #getMessage()}
 * is the German text). Throwing it rolls the transaction back, so a refused request changes nothing.
 */
public class LeitstandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;
    private final Text text;

    public LeitstandException(String code, int status, Text text) {
        super(text.german());
        this.code = code;
        this.status = status;
        this.text = text;
    }

    /** @return the stable error code, e.g. {@code TENANT_FORBIDDEN} */
    public String code() {
        return code;
    }

    /** @return the HTTP status this refusal maps to */
    public int status() {
        return status;
    }

    /** @return the text for people, not yet said in a language */
    public Text text() {
        return text;
    }

    /** @return the text in the locale's language (English for English, otherwise German) */
    public String message(Locale locale) {
        return text.in(locale);
    }
}
