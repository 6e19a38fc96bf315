package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.StrictNumber;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.ValidationException.FieldError;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.annotation.Priority;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks every JSON request body of the API before it is bound, whichever JSON-B reader Jersey picks
 * (a reader interceptor always runs, a second reader would compete): the body must not be {@code null},
 * at most {@value #MAX_BODY} bytes; every number literal is checked on its text first (length, exponent,
 * digits — so {@code 1e5000000} costs nothing); then the document is checked against the target type
 * ({@link JsonShape}) and only then handed to JSON-B. A body that is refused changes nothing and is
 * answered with 400 {@code BODY_INVALID} naming each field by its JSON path. A missing body is refused
 * by {@link RequiredParameters} (Jersey skips interceptors for an empty entity).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonReader implements ReaderInterceptor {

    /** The largest JSON body taken (bytes). */
    static final int MAX_BODY = 4 * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || !isBound(context.getType())) {
            return context.proceed();
        }
        byte[] body = bounded(context.getInputStream());
        check(new String(body, StandardCharsets.UTF_8), context.getGenericType() == null ? context.getType() : context.getGenericType());
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    static boolean isBound(Class<?> type) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type) && !JsonValue.class.isAssignableFrom(type);
    }

    /**
     * Everything but the binding: present, not null, valid JSON, numbers bounded, shape of the type.
     *
     * @throws ValidationException {@code BODY_MISSING} or {@code BODY_INVALID} naming each field
     */
    static void check(String text, Type type) {
        if (text.isBlank()) {
            throw missing();
        }
        JsonValue tree;
        try {
            scanNumbers(text);
            try (JsonReader reader = de.leitstand.kernel.api.Jsons.PROVIDER.createReader(new java.io.StringReader(text))) {
                tree = reader.readValue();
            }
        } catch (JsonParsingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
            throw new ValidationException("BODY_INVALID", "body", line > 0
                    ? Text.of("kernel.BODY_INVALID_AT", line, column) : Text.of("kernel.BODY_INVALID"));
        } catch (JsonException e) {
            throw new ValidationException("BODY_INVALID", "body", Text.of("kernel.BODY_INVALID"));
        }
        if (tree.getValueType() == JsonValue.ValueType.NULL) {
            throw missing();
        }
        List<FieldError> errors = JsonShape.check(tree, type);
        if (!errors.isEmpty()) {
            throw new ValidationException("BODY_INVALID", errors);
        }
    }

    private static ValidationException missing() {
        return new ValidationException("BODY_MISSING", "body", Text.of("kernel.BODY_MISSING"));
    }

    private static byte[] bounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() + n > MAX_BODY) {
                throw new ValidationException("BODY_TOO_LARGE", "body",
                        Text.of("kernel.BODY_TOO_LARGE", MAX_BODY / (1024 * 1024)));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Refuses an over-long number literal on its text (naming its field), before anything computes with it. */
    private static void scanNumbers(String text) {
        java.util.Deque<Object[]> path = new java.util.ArrayDeque<>(); // {name or index, isArray}
        try (JsonParser parser = de.leitstand.kernel.api.Jsons.PROVIDER.createParser(new java.io.StringReader(text))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT -> path.push(new Object[]{null, false});
                    case START_ARRAY -> path.push(new Object[]{-1, true});
                    case END_OBJECT, END_ARRAY -> path.pop();
                    case KEY_NAME -> path.peek()[0] = parser.getString();
                    default -> {
                    }
                }
                if (event != JsonParser.Event.KEY_NAME && event != JsonParser.Event.END_OBJECT
                        && event != JsonParser.Event.END_ARRAY) {
                    advance(path, event);
                }
                if (event == JsonParser.Event.VALUE_NUMBER && parser.getString().length() > StrictNumber.MAX_LENGTH) {
                    String field = field(path);
                    throw new ValidationException("BODY_INVALID", field, Text.of("kernel.NUMBER_TOO_LONG", field, StrictNumber.MAX_LENGTH));
                }
            }
        }
    }

    /** A value inside an array moves the array's index on (a started object or array is itself a value). */
    private static void advance(java.util.Deque<Object[]> path, JsonParser.Event event) {
        boolean started = event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY;
        java.util.Iterator<Object[]> it = path.iterator();
        if (started && it.hasNext()) {
            it.next();
        }
        if (it.hasNext()) {
            Object[] parent = it.next();
            if ((Boolean) parent[1]) {
                parent[0] = (Integer) parent[0] + 1;
            }
        }
    }

    private static String field(java.util.Deque<Object[]> path) {
        StringBuilder field = new StringBuilder();
        java.util.Iterator<Object[]> it = path.descendingIterator();
        while (it.hasNext()) {
            Object[] level = it.next();
            if ((Boolean) level[1]) {
                field.append('[').append(level[0]).append(']');
            } else if (level[0] != null) {
                field.append(field.length() == 0 ? "" : ".").append(level[0]);
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
