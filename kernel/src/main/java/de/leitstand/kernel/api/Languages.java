package de.leitstand.kernel.api;

import java.util.List;
import java.util.Locale;

/**
 * The one rule for the language Leitstand answers in (pages, exports, REST texts): German, and English
 * only when the caller prefers English over German ({@code Accept-Language}). Any other language, or no
 * header at all, is German, whatever the server's default locale is.
 */
public final class Languages {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    /** @param preferred the caller's languages, most preferred first (empty without a header) */
    public static Locale of(List<Locale> preferred) {
        for (Locale locale : preferred) {
            if ("de".equals(locale.getLanguage())) {
                return GERMAN;
            }
            if ("en".equals(locale.getLanguage())) {
                return ENGLISH;
            }
        }
        return GERMAN;
    }
}
