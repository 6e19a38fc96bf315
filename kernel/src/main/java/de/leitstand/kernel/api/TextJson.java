package de.leitstand.kernel.api;

import jakarta.json.bind.adapter.JsonbAdapter;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * A {@link Text} in a JSON body is a string in the request's language: the REST layer names the language
 * ({@link #in(Locale, Supplier)}, from {@code Accept-Language} by {@link Languages#of}) while the body is written;
 * outside of that, German.
 */
public final class TextJson implements JsonbAdapter<Text, String> {

    private static final ThreadLocal<Locale> LANGUAGE = new ThreadLocal<>();

    /** Runs {@code write} with Texts written in {@code language}. */
    public static <T> T in(Locale language, Supplier<T> write) {
        Locale before = LANGUAGE.get();
        LANGUAGE.set(language);
        try {
            return write.get();
        } finally {
            if (before == null) {
                LANGUAGE.remove();
            } else {
                LANGUAGE.set(before);
            }
        }
    }

    /** @return the language Texts are written in now (German outside of {@link #in}) */
    public static Locale language() {
        Locale language = LANGUAGE.get();
        return language == null ? Languages.GERMAN : language;
    }

    @Override
    public String adaptToJson(Text text) {
        return text == null ? null : text.in(language());
    }

    /** Texts are never read from a request; a string read back (a test client) is a literal. */
    @Override
    public Text adaptFromJson(String text) {
        return text == null ? null : Text.literal(text);
    }
}
