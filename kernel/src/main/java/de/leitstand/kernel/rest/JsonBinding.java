package de.leitstand.kernel.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;

/**
 * What JSON-B binds a JSON document to, as {@link JsonShape} needs it: the property a JSON name becomes
 * (record component or field, {@code @JsonbProperty} names, {@code @JsonbTransient} and static fields left
 * out) and the raw, element and argument types of a generic Java type.
 */
final class JsonBinding {

    private JsonBinding() {
    }

    /** The record component or field JSON-B binds the name to, or null when it ignores it. */
    static AnnotatedElement property(Class<?> raw, String name) {
        if (raw.isRecord()) {
            // constraint annotations reach a record's private field, not its component
            for (RecordComponent component : raw.getRecordComponents()) {
                try {
                    Field f = raw.getDeclaredField(component.getName());
                    if (name.equals(jsonName(f, component.getName()))) {
                        return f;
                    }
                } catch (NoSuchFieldException e) {
                    return null;
                }
            }
            return null;
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                        && !f.isAnnotationPresent(JsonbTransient.class) && name.equals(jsonName(f, f.getName()))) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The JSON names of the properties JSON-B binds for a type. */
    static List<String> names(Class<?> raw) {
        List<String> names = new java.util.ArrayList<>();
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                try {
                    names.add(jsonName(raw.getDeclaredField(component.getName()), component.getName()));
                } catch (NoSuchFieldException e) {
                    names.add(component.getName());
                }
            }
            return names;
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                        && !f.isAnnotationPresent(JsonbTransient.class)) {
                    names.add(jsonName(f, f.getName()));
                }
            }
        }
        return names;
    }

    private static String jsonName(AnnotatedElement element, String name) {
        JsonbProperty property = element.getAnnotation(JsonbProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : name;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    static Type elementType(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType a) {
            return a.getGenericComponentType();
        }
        return typeArgument(type, 0);
    }

    static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
