package de.leitstand.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Test support for the malformed-input IT: finds the Java type of every JSON request body of the API
 * by reading the JAX-RS resources of all Leitstand modules on the classpath, builds a well-formed
 * sample body from that type and, for every field in it, bodies that are malformed in that one field.
 */
final class JsonBodies {

    /** The longest text the API takes for a field without its own {@code @Size(max)}. */
    static final int DEFAULT_MAX_TEXT = 20_000;

    private JsonBodies() {
    }

    /** One malformed body: the field it breaks (JSON path) and what it sends there. */
    record Variant(String field, String what, String body) {
    }

    /** @return "PUT /api/…" → body type of every JSON write operation found in the resource classes */
    static Map<String, Type> operations() throws IOException, ClassNotFoundException {
        Map<String, Type> operations = new LinkedHashMap<>();
        for (Class<?> resource : resources()) {
            Path classPath = resource.getAnnotation(Path.class);
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(POST.class) ? "POST" : null;
                Type body = body(method);
                if (verb == null || body == null || body == byte[].class || body == String.class) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = ("/api/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()))
                        .replaceAll("/+", "/").replaceAll("/$", "");
                operations.put(verb + " " + path, body);
            }
        }
        return operations;
    }

    private static Type body(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            boolean bound = Stream.of(annotations[i]).anyMatch(a -> a instanceof PathParam || a instanceof QueryParam
                    || a instanceof Context || a instanceof HeaderParam || a instanceof FormParam || a instanceof BeanParam
                    || a instanceof CookieParam || a instanceof MatrixParam);
            if (!bound) {
                return method.getGenericParameterTypes()[i];
            }
        }
        return null;
    }

    private static List<Class<?>> resources() throws IOException, ClassNotFoundException {
        List<String> names = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File file = new File(entry);
            if (file.isDirectory()) {
                java.nio.file.Path root = file.toPath();
                try (Stream<java.nio.file.Path> walk = Files.walk(root)) {
                    walk.map(p -> root.relativize(p).toString().replace(File.separatorChar, '/')).forEach(names::add);
                }
            } else if (file.getName().startsWith("leitstand-") && file.getName().endsWith(".jar")) {
                try (JarFile jar = new JarFile(file)) {
                    jar.stream().map(e -> e.getName()).forEach(names::add);
                }
            }
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names.stream().distinct().toList()) {
            if (name.matches("de/leitstand/[a-z]+/rest/[A-Za-z]+\\.class")) {
                Class<?> c = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, JsonBodies.class.getClassLoader());
                if (c.isAnnotationPresent(Path.class)) {
                    resources.add(c);
                }
            }
        }
        return resources;
    }

    /** @return a well-formed body of the type (every field present, values plausible in form) */
    static JsonValue sample(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return Json.createValue("x");
        }
        if (whole(raw) || decimal(raw)) {
            return Json.createValue(1);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return JsonValue.TRUE;
        }
        if (raw.isEnum()) {
            return Json.createValue(((Enum<?>) raw.getEnumConstants()[0]).name());
        }
        if (raw == LocalDate.class) {
            return Json.createValue("2024-01-15");
        }
        if (raw == YearMonth.class) {
            return Json.createValue("2024-01");
        }
        if (raw == Year.class) {
            return Json.createValue("2024");
        }
        if (raw == LocalDateTime.class) {
            return Json.createValue("2024-01-15T10:00");
        }
        if (raw == java.time.LocalTime.class) {
            return Json.createValue("17:30");
        }
        if (raw == Instant.class) {
            return Json.createValue("2024-01-15T10:00:00Z");
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return Json.createArrayBuilder().add(sample(argument(type, 0))).build();
        }
        if (Map.class.isAssignableFrom(raw)) {
            String key = whole(raw(argument(type, 0))) ? "1" : "ELB";
            return Json.createObjectBuilder().add(key, sample(argument(type, 1))).build();
        }
        if (raw.getName().startsWith("java.") || raw == Object.class) {
            throw new IllegalStateException("no sample for " + type + ": teach JsonBodies this type");
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (Field field : fields(raw)) {
            object.add(field.getName(), sample(field.getGenericType()));
        }
        return object.build();
    }

    private static List<Variant> variants(Type type) {
        List<Variant> variants = new ArrayList<>();
        collect(type, null, "", sample(type), variants, new ArrayList<>());
        return variants;
    }

    private static void collect(Type type, Field declared, String path, JsonValue sample, List<Variant> variants, List<Object> steps) {
        Class<?> raw = raw(type);
        List<String[]> breaks = new ArrayList<>(); // {what, JSON text}
        if (whole(raw)) {
            breaks.add(new String[]{"1e20", "1e20"});
            breaks.add(new String[]{"Bruch", "1.9"});
            breaks.add(new String[]{"Text", "\"12\""});
            breaks.add(new String[]{"40 Stellen", "4".repeat(40)});
        } else if (decimal(raw)) {
            breaks.add(new String[]{"1e20", "1e20"});
            breaks.add(new String[]{"1e5000000", "1e5000000"});
            breaks.add(new String[]{"Text", "\"12\""});
        } else if (raw == boolean.class || raw == Boolean.class) {
            breaks.add(new String[]{"ja", "\"ja\""});
            breaks.add(new String[]{"Zahl", "1"});
        } else if (raw == String.class) {
            Size size = declared == null ? null : declared.getAnnotation(Size.class);
            int max = size != null && size.max() < Integer.MAX_VALUE ? size.max() : DEFAULT_MAX_TEXT;
            breaks.add(new String[]{"zu lang", Json.createValue("x".repeat(max + 1)).toString()});
            breaks.add(new String[]{"Zahl", "5"});
        } else if (raw.isEnum() || sample.getValueType() == JsonValue.ValueType.STRING) {
            breaks.add(new String[]{"Zahl", "5"});
        } else if (Collection.class.isAssignableFrom(raw)) {
            breaks.add(new String[]{"Objekt statt Liste", "{}"});
            List<Object> next = new ArrayList<>(steps);
            next.add(0);
            collect(argument(type, 0), null, path + "[0]", sample.asJsonArray().get(0), variants, next);
        } else if (Map.class.isAssignableFrom(raw)) {
            String key = sample.asJsonObject().keySet().iterator().next();
            List<Object> next = new ArrayList<>(steps);
            next.add(key);
            collect(argument(type, 1), null, join(path, key), sample.asJsonObject().get(key), variants, next);
        } else {
            for (Field field : fields(raw)) {
                List<Object> next = new ArrayList<>(steps);
                next.add(field.getName());
                collect(field.getGenericType(), field, join(path, field.getName()),
                        sample.asJsonObject().get(field.getName()), variants, next);
            }
            if (!path.isEmpty()) {
                breaks.add(new String[]{"Liste statt Objekt", "[]"});
            }
            // a property the type does not have: refused naming it, never dropped silently
            List<Object> unknown = new ArrayList<>(steps);
            unknown.add("zusatz");
            variants.add(new Variant(join(path, "zusatz"), "unbekanntes Feld", replace(unknown, "1")));
        }
        for (String[] b : breaks) {
            variants.add(new Variant(path.isEmpty() ? "body" : path, b[0], replace(steps, b[1])));
        }
    }

    /** The sample body of the current operation, with the value at the steps replaced by raw JSON text. */
    private static final ThreadLocal<JsonValue> SAMPLE = new ThreadLocal<>();

    /** @return for every field of the sample: bodies that break it with a wrong type, range or length */
    static List<Variant> variantsOf(Type type) {
        SAMPLE.set(sample(type));
        try {
            return variants(type);
        } finally {
            SAMPLE.remove();
        }
    }

    private static String replace(List<Object> steps, String json) {
        String marker = "\"@@MARK@@\"";
        JsonValue replaced = replace(SAMPLE.get(), steps, 0, Json.createValue("@@MARK@@"));
        return replaced.toString().replace(marker, json);
    }

    private static JsonValue replace(JsonValue value, List<Object> steps, int at, JsonValue by) {
        if (at == steps.size()) {
            return by;
        }
        Object step = steps.get(at);
        if (step instanceof Integer index) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (int i = 0; i < value.asJsonArray().size(); i++) {
                array.add(i == index ? replace(value.asJsonArray().get(i), steps, at + 1, by) : value.asJsonArray().get(i));
            }
            return array.build();
        }
        JsonObjectBuilder object = Json.createObjectBuilder(value.asJsonObject());
        object.add((String) step, replace(value.asJsonObject().get(step), steps, at + 1, by));
        return object.build();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static List<Field> fields(Class<?> raw) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = raw; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private static boolean whole(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
                || raw == Short.class || raw == BigInteger.class;
    }

    private static boolean decimal(Class<?> raw) {
        return raw == BigDecimal.class || raw == double.class || raw == Double.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

}
