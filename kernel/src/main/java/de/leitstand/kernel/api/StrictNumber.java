package de.leitstand.kernel.api;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one number parser for everything a user sends (CSV cells, JSON numbers, form fields): the text
 * is taken exactly as written or refused. Its length, digits and exponent are checked on the text
 * <em>before</em> any arithmetic, so {@code 1e5000000} or a 40-digit value is refused at once instead
 * of costing CPU or overflowing a column later; a value is never rounded, wrapped or truncated.
 *
 * <p>Formats: {@link Style#GERMAN} ({@code 1.234.567,89}: point groups thousands in threes, comma
 * separates decimals), {@link Style#ENGLISH} ({@code 1,234,567.89}) and {@link Style#JSON} (a JSON number
 * literal, exponent allowed within ±{@value #MAX_EXPONENT}).
 */
public final class StrictNumber {

    /** The longest number text accepted (characters). */
    public static final int MAX_LENGTH = 40;
    /** Digits before the decimal separator at most: 10^18 is beyond every amount Leitstand stores. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Decimal places at most. */
    public static final int MAX_FRACTION_DIGITS = 10;
    /** Largest exponent magnitude of a JSON number. */
    public static final int MAX_EXPONENT = 40;

    /** How the number is written. */
    public enum Style {
        /** {@code 1.234,5} or {@code 1234,5}. */
        GERMAN(Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?")),
        /** {@code 1,234.5} or {@code 1234.5}. */
        ENGLISH(Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?")),
        /** A JSON number literal: {@code -12.5}, {@code 1e3}. */
        JSON(Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d{1,9})?"));

        private final Pattern pattern;

        Style(Pattern pattern) {
            this.pattern = pattern;
        }
    }

    private StrictNumber() {
    }

    /** A number refused with a text for people ({@link #getMessage()} is the German one). */
    public static final class Refused extends NumberFormatException {

        private static final long serialVersionUID = 1L;
        private final Text text;

        Refused(Text text) {
            super(text.german());
            this.text = text;
        }

        public Text text() {
            return text;
        }
    }

    /** @return the text of a refused number; a number exception from elsewhere with its own message */
    public static Text text(NumberFormatException refused) {
        return refused instanceof Refused known ? known.text() : Text.literal(String.valueOf(refused.getMessage()));
    }

    /**
     * @param text  the number as written (surrounding blanks are ignored)
     * @param style how it is written
     * @return the exact value
     * @throws Refused (a NumberFormatException with a {@link Text}; its message is German) when the text is not such
     *                 a number or is too long, too large or too precise
     */
    public static BigDecimal parse(String text, Style style) {
        if (text == null || text.isBlank()) {
            throw new Refused(Text.of("kernel.NUMBER_MISSING"));
        }
        String t = text.strip();
        if (t.length() > MAX_LENGTH) {
            throw new Refused(Text.of("kernel.NUMBER_TOO_MANY_CHARACTERS", t.substring(0, 12), MAX_LENGTH));
        }
        if (!style.pattern.matcher(t).matches()) {
            throw new Refused(Text.of(switch (style) {
                case GERMAN -> "kernel.NOT_A_NUMBER_GERMAN";
                case ENGLISH -> "kernel.NOT_A_NUMBER_ENGLISH";
                case JSON -> "kernel.NOT_A_NUMBER_JSON";
            }, t));
        }
        String plain = switch (style) {
            case GERMAN -> t.replace(".", "").replace(',', '.');
            case ENGLISH -> t.replace(",", "");
            case JSON -> t;
        };
        int e = Math.max(plain.indexOf('e'), plain.indexOf('E'));
        if (e >= 0 && Math.abs(Integer.parseInt(plain.substring(e + 1))) > MAX_EXPONENT) {
            throw new Refused(Text.of("kernel.NUMBER_OUT_OF_RANGE", t));
        }
        BigDecimal value = new BigDecimal(plain);
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new Refused(Text.of("kernel.NUMBER_TOO_MANY_DIGITS", t, MAX_INTEGER_DIGITS));
        }
        if (value.scale() > MAX_FRACTION_DIGITS && value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
            throw new Refused(Text.of("kernel.NUMBER_TOO_MANY_DECIMALS", t, MAX_FRACTION_DIGITS));
        }
        return value;
    }

    /** @return the number written in the German or English style, whichever the separator implies */
    public static BigDecimal parse(String text, boolean decimalComma) {
        return parse(text, decimalComma ? Style.GERMAN : Style.ENGLISH);
    }

    /**
     * @return the whole number the text denotes, never rounded
     * @throws NumberFormatException when it has a fraction or is outside {@code long}
     */
    public static long parseWhole(String text, Style style) {
        return wholeValue(parse(text, style), text);
    }

    /**
     * @return the value as a long when it is whole and within range
     * @throws NumberFormatException otherwise (German message)
     */
    public static long wholeValue(BigDecimal value, String text) {
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw new Refused(Text.of("kernel.NOT_A_WHOLE_NUMBER", text.strip()));
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new Refused(Text.of("kernel.NUMBER_TOO_LARGE", text.strip()));
        }
    }
}
