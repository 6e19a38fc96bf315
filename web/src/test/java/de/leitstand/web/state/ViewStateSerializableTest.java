package de.leitstand.web.state;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What lives in the HTTP session or the JSF view state must survive the loss of the node that served it
 * (cluster mode, distributable sessions): every session- and view-scoped bean of the web module is filled with
 * a sample of its state — every field but the injected services, each API view record, list and map with one
 * element — and serialised and read back. A view record or row that is not {@link Serializable} fails here,
 * naming the bean and the field, instead of a bean silently rebuilt after a failover.
 */
class ViewStateSerializableTest {

    private static final Set<String> SCOPES = Set.of("jakarta.faces.view.ViewScoped", "jakarta.enterprise.context.SessionScoped",
            "org.omnifaces.cdi.ViewScoped");
    private static final int DEPTH = 6;

    static List<Class<?>> scopedBeans() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.leitstand.web")) {
            if (c.getAnnotations().stream().anyMatch(a -> SCOPES.contains(a.getRawType().getName()))) {
                beans.add(c.reflect());
            }
        }
        return beans;
    }

    @Test
    void everySessionAndViewScopedBeanSurvivesSerialisationWithItsState() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertTrue(beans.size() >= 20, "found the scoped beans: " + beans);
        List<String> failures = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                failures.add(bean.getName() + " is not Serializable");
                continue;
            }
            Constructor<?> constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                            || field.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    field.setAccessible(true);
                    Object sample = sample(field.getGenericType(), 0);
                    if (sample != null && !Modifier.isFinal(field.getModifiers())) {
                        field.set(instance, sample);
                    }
                    String typeProblem = typeProblem(field.getGenericType(), new java.util.HashSet<>());
                    if (typeProblem != null) {
                        failures.add(bean.getSimpleName() + "." + field.getName() + ": " + typeProblem);
                        continue;
                    }
                    String problem = serialisationProblem(field.get(instance));
                    if (problem != null) {
                        failures.add(bean.getSimpleName() + "." + field.getName() + " (" + field.getGenericType().getTypeName() + "): "
                                + problem);
                    }
                }
            }
            String whole = serialisationProblem(instance);
            if (whole != null && failures.stream().noneMatch(f -> f.startsWith(bean.getSimpleName() + "."))) {
                failures.add(bean.getSimpleName() + ": " + whole);
            }
        }
        assertEquals(List.of(), failures, "state of session/view-scoped beans that cannot move to another node");
    }

    /**
     * The declared types reachable from a field (type arguments, components, fields) must be serialisable: a class
     * of Leitstand that is not names the problem, also where no sample could be built (inner rows, validated records).
     */
    private static String typeProblem(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return null;
        }
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                String problem = typeProblem(argument, seen);
                if (problem != null) {
                    return problem;
                }
            }
            return typeProblem(p.getRawType(), seen);
        }
        Class<?> raw = raw(type);
        if (raw.isArray()) {
            return typeProblem(raw.getComponentType(), seen);
        }
        if (raw.isPrimitive() || raw.isEnum() || raw.isInterface() && raw.getName().startsWith("java.") || raw == Object.class) {
            return null;
        }
        if (!raw.getName().startsWith("de.leitstand.")) {
            return raw.isInterface() || Serializable.class.isAssignableFrom(raw) ? null : raw.getName() + " is not Serializable";
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            return raw.getName() + " is not Serializable";
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers()) && !field.isSynthetic()
                        && !field.isAnnotationPresent(Inject.class)) {
                    String problem = typeProblem(field.getGenericType(), seen);
                    if (problem != null) {
                        return problem + " (in " + raw.getSimpleName() + "." + field.getName() + ")";
                    }
                }
            }
        }
        return null;
    }

    /** @return null when the object is written and read back, else what failed */
    private static String serialisationProblem(Object value) {
        if (value == null) {
            return null;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                in.readObject();
            }
            return null;
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** A value of the type with every component filled (collections with one element); null when it cannot be made. */
    static Object sample(Type type, int depth) {
        Class<?> raw = raw(type);
        if (depth > DEPTH) {
            return null;
        }
        if (raw == String.class) {
            return "x";
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == double.class || raw == Double.class) {
            return 1.0;
        }
        if (raw == short.class || raw == Short.class) {
            return (short) 1;
        }
        if (raw == byte.class || raw == Byte.class) {
            return (byte) 1;
        }
        if (raw == char.class || raw == Character.class) {
            return 'x';
        }
        if (raw == float.class || raw == Float.class) {
            return 1f;
        }
        if (raw == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (raw == BigInteger.class) {
            return BigInteger.ONE;
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2024, 1, 15);
        }
        if (raw == YearMonth.class) {
            return YearMonth.of(2024, 1);
        }
        if (raw == Year.class) {
            return Year.of(2024);
        }
        if (raw == LocalDateTime.class) {
            return LocalDateTime.of(2024, 1, 15, 10, 0);
        }
        if (raw == LocalTime.class) {
            return LocalTime.of(10, 0);
        }
        if (raw == Instant.class) {
            return Instant.parse("2024-01-15T10:00:00Z");
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants().length == 0 ? null : raw.getEnumConstants()[0];
        }
        if (raw.isArray()) {
            Object array = Array.newInstance(raw.getComponentType(), 1);
            Object element = sample(raw.getComponentType(), depth + 1);
            if (element != null) {
                Array.set(array, 0, element);
            }
            return array;
        }
        if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
            List<Object> list = new ArrayList<>();
            Object element = sample(argument(type, 0), depth + 1);
            if (element != null) {
                list.add(element);
            }
            return list;
        }
        if (Set.class.isAssignableFrom(raw)) {
            Set<Object> set = new LinkedHashSet<>();
            Object element = sample(argument(type, 0), depth + 1);
            if (element != null) {
                set.add(element);
            }
            return set;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<Object, Object> map = new LinkedHashMap<>();
            Object key = sample(argument(type, 0), depth + 1);
            if (key != null) {
                map.put(key, sample(argument(type, 1), depth + 1));
            }
            return map;
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = sample(components[i].getGenericType(), depth + 1);
                if (values[i] == null && types[i].isPrimitive()) {
                    return null;
                }
            }
            try {
                Constructor<?> canonical = raw.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // a record that validates its components: its type is still checked by serialising null-free parts
            }
        }
        if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers()) || raw.getName().startsWith("java.")) {
            return null;
        }
        try {
            Constructor<?> constructor = raw.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())
                            && !Modifier.isTransient(field.getModifiers()) && !field.isSynthetic()) {
                        field.setAccessible(true);
                        Object value = sample(field.getGenericType(), depth + 1);
                        if (value != null) {
                            field.set(instance, value);
                        }
                    }
                }
            }
            return instance;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index ? p.getActualTypeArguments()[index]
                : Object.class;
    }
}
