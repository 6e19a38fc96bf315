package de.leitstand.kernel.api;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bad input: names every field that is wrong and why (HTTP 400). */
public class ValidationException extends LeitstandException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(String code, String field, Text text) {
        this(code, List.of(new FieldError(field, text)));
    }

    public ValidationException(String code, List<FieldError> errors) {
        super(code, 400, errors.size() == 1 ? errors.get(0).text() : Text.of("kernel.ERRORS", errors.size()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One wrong input: the field (or file position) and a text saying what is wrong. */
    public record FieldError(String field, Text text) implements java.io.Serializable {

        private static final Pattern POSITION = Pattern.compile("Zeile (\\d+)(?:, Spalte (\\d+))?");

        /** @return a line of a file as a field: "Zeile 3" (German, the field's name), "line 3" in English */
        public static Text position(long line) {
            return Text.of("kernel.POSITION_LINE", line);
        }

        /** @return a cell of a file as a field: "Zeile 3, Spalte 2" (German, the field's name), "line 3, column 2" in English */
        public static Text position(long line, long column) {
            return Text.of("kernel.POSITION_CELL", line, column);
        }

        /** @return the error at a position of a file ({@link #position}) */
        public static FieldError at(Text position, Text text) {
            return new FieldError(position.german(), text);
        }

        /** @return the field in the locale's language: a position of a file is said ("line 3, column 2"), a name is as it is */
        public String field(Locale locale) {
            Matcher matcher = field == null ? null : POSITION.matcher(field);
            if (matcher == null || !matcher.matches()) {
                return field;
            }
            return (matcher.group(2) == null ? Text.of("kernel.POSITION_LINE", matcher.group(1))
                    : Text.of("kernel.POSITION_CELL", matcher.group(1), matcher.group(2))).in(locale);
        }

        /** @return the German text */
        public String message() {
            return text.german();
        }

        /** @return the text in the locale's language */
        public String message(Locale locale) {
            return text.in(locale);
        }
    }
}
