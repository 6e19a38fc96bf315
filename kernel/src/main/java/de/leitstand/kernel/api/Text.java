package de.leitstand.kernel.api;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text for people (a refusal, a field error, a part of one), named by a bundle key and its arguments and said
 * in the caller's language only when it is shown. The key {@code <context>.<name>} is looked up in the context's
 * bundle {@code de/leitstand/<context>/ErrorTexts.properties} (German) or {@code ErrorTexts_en.properties}
 * (English), never in a bundle of the server's default locale. In a text, {@code {0}}, {@code {1}}, … stand for
 * the arguments, nothing else is special (an apostrophe is an apostrophe). An argument that is itself a
 * {@code Text} is said in the same language; any other argument is taken as {@link String#valueOf(Object)} when
 * the text is made (so numbers and dates read as they did when they were concatenated). In a JSON body a Text is
 * a string in the request's language ({@link TextJson}); on a page it is said in the view's language.
 */
@JsonbTypeAdapter(TextJson.class)
@Schema(type = SchemaType.STRING, description = "A text for people in the request's language (Accept-Language)")
public final class Text implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String key;
    private final String literal;
    private final List<Serializable> args;
    private final boolean capitalized;

    private Text(String key, String literal, List<Serializable> args, boolean capitalized) {
        this.key = key;
        this.literal = literal;
        this.args = args;
        this.capitalized = capitalized;
    }

    /** @param key {@code <context>.<name>}, e.g. {@code planning.PROGRAMME_NOT_FOUND} */
    public static Text of(String key, Object... args) {
        if (key == null || key.indexOf('.') < 1) {
            throw new IllegalArgumentException("A text key is <context>.<name>: " + key);
        }
        return new Text(key, null, Arrays.stream(args)
                .map(arg -> arg instanceof Text text ? (Serializable) text : String.valueOf(arg)).toList(), false);
    }

    /** A text that is the same in every language: a message that comes from elsewhere (e.g. Bean Validation). */
    public static Text literal(String text) {
        return new Text(null, Objects.requireNonNull(text), List.of(), false);
    }

    /** @return the texts one after the other, {@code separator} between them (the same in every language) */
    public static Text joined(String separator, List<Text> texts) {
        return new Text(null, Objects.requireNonNull(separator), List.copyOf(texts), false);
    }

    /** @return this text with its first letter upper case (a part of a sentence that here starts one) */
    public Text capitalized() {
        return new Text(key, literal, args, true);
    }

    /** @return the key, or null for a {@link #literal(String)} */
    public String key() {
        return key;
    }

    /** @return the text in German (the default language) */
    public String german() {
        return in(Languages.GERMAN);
    }

    /** @return the text in the language of the locale: English for an English locale, otherwise German */
    public String in(Locale locale) {
        String text = said(locale);
        return capitalized && !text.isEmpty() ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
    }

    private String said(Locale locale) {
        if (literal != null) {
            return args.isEmpty() ? literal : String.join(literal, args.stream().map(arg -> say(arg, locale)).toList());
        }
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Languages.ENGLISH : Languages.GERMAN;
        String pattern = pattern(key, language);
        if (pattern == null) {
            pattern = pattern(key, Languages.GERMAN);
        }
        if (pattern == null) {
            pattern = key + (args.isEmpty() ? "" : " " + args);
        }
        Matcher matcher = ARGUMENT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            String value = index < args.size() ? say(args.get(index), locale) : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String say(Serializable arg, Locale locale) {
        return arg instanceof Text text ? text.in(locale) : (String) arg;
    }

    /** @return the text of the key in exactly that language's bundle (German: the base bundle), or null */
    public static String pattern(String key, Locale language) {
        try {
            return bundle(key.substring(0, key.indexOf('.')), language).getString(key.substring(key.indexOf('.') + 1));
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** @return the context's bundle: {@code ErrorTexts} for German, {@code ErrorTexts_en} for English */
    public static ResourceBundle bundle(String context, Locale language) {
        return ResourceBundle.getBundle("de.leitstand." + context + ".ErrorTexts",
                Languages.ENGLISH.equals(language) ? Languages.ENGLISH : Locale.ROOT, Text.class.getClassLoader(),
                NO_FALLBACK);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text text && Objects.equals(key, text.key) && Objects.equals(literal, text.literal)
                && args.equals(text.args) && capitalized == text.capitalized;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, literal, args, capitalized);
    }

    /** @return the German text */
    @Override
    public String toString() {
        return german();
    }
}
