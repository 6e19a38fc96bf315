package de.leitstand.kernel.api.persistence;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the audit trail shows a single value, per type: text (HTML as text, long text shortened), yes/no,
 * decimals with a comma, German dates and times (Berlin), codes by their label, bytes by kind, size and
 * hash. Collections, maps and entities are {@link AuditRendering}'s business.
 */
final class AuditValueText {

    private static final int MAX_TEXT = 2000;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'Uhr'");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)<\\s*(br\\s*/?|/p|/li|/h[1-6]|/div|/tr)\\s*>");
    private static final List<String> LABEL_METHODS = List.of("label", "germanName", "getLabel", "displayName", "symbol");

    private AuditValueText() {
    }

    /** @return a single (non-null) value as German text; empty when it is not a single value of a known type */
    static Optional<String> of(Object value) {
        if (value instanceof String string) {
            return Optional.of(shorten(TAG.matcher(string).find() ? htmlToText(string) : string));
        }
        if (value instanceof Boolean bool) {
            return Optional.of(bool ? "ja" : "nein");
        }
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal.toPlainString().replace('.', ','));
        }
        if (value instanceof Double || value instanceof Float) {
            return Optional.of(BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString().replace('.', ','));
        }
        if (value instanceof Number || value instanceof Character) {
            return Optional.of(value.toString());
        }
        if (value instanceof Enum<?> code) {
            return Optional.of(enumLabel(code));
        }
        if (value instanceof byte[] bytes) {
            return Optional.of(bytes(bytes));
        }
        return time(value);
    }

    private static Optional<String> time(Object value) {
        if (value instanceof LocalDate date) {
            return Optional.of(DATE.format(date));
        }
        if (value instanceof YearMonth month) {
            return Optional.of(MONTH.format(month));
        }
        if (value instanceof Year year) {
            return Optional.of(year.toString());
        }
        if (value instanceof LocalDateTime time) {
            return Optional.of(TIME.format(time));
        }
        if (value instanceof LocalTime time) {
            return Optional.of(CLOCK.format(time));
        }
        if (value instanceof Instant instant) {
            return Optional.of(TIME.format(instant.atZone(BERLIN)));
        }
        if (value instanceof OffsetDateTime time) {
            return Optional.of(TIME.format(time.atZoneSameInstant(BERLIN)));
        }
        return Optional.empty();
    }

    private static String enumLabel(Enum<?> code) {
        Class<?> type = code.getDeclaringClass();
        Optional<String> fromBundle = AuditLabelBundles.lookup(type, type.getSimpleName() + "." + code.name());
        if (fromBundle.isPresent()) {
            return fromBundle.get();
        }
        for (String methodName : LABEL_METHODS) {
            try {
                Method method = type.getMethod(methodName);
                if (method.getReturnType() == String.class && method.getParameterCount() == 0) {
                    Object label = method.invoke(code);
                    if (label != null) {
                        return label.toString();
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // try the next way of naming the code
            }
        }
        return code.name();
    }

    private static String bytes(byte[] bytes) {
        String kind = startsWith(bytes, "%PDF") ? "PDF" : startsWith(bytes, "PK") ? "ZIP/XLSX" : "Datei";
        String size = bytes.length < 1024 ? bytes.length + " Bytes" : Math.round(bytes.length / 1024.0) + " KB";
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return kind + ", " + size + ", SHA-256 " + hash;
        } catch (NoSuchAlgorithmException e) {
            return kind + ", " + size;
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] wanted = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < wanted.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (bytes[i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return the text of an HTML fragment: tags removed, the usual entities decoded, whitespace collapsed */
    private static String htmlToText(String html) {
        String text = BLOCK_END.matcher(html).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&auml;", "ä").replace("&ouml;", "ö").replace("&uuml;", "ü")
                .replace("&Auml;", "Ä").replace("&Ouml;", "Ö").replace("&Uuml;", "Ü").replace("&szlig;", "ß")
                .replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + " … (" + text.length() + " Zeichen)";
    }
}
