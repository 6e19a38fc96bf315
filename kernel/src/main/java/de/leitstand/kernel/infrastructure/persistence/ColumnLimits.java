package de.leitstand.kernel.infrastructure.persistence;

import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.ValidationException.FieldError;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Lob;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The limits of the columns, checked as validation before anything is written: a text longer than its
 * {@code @Column(length)}, a number with more digits before or after the point than its
 * {@code @Column(precision, scale)} allows before the point is refused with 400 naming the field (its attribute
 * path, e.g. {@code integrationTarget.note}), never left to the database's refusal (which names no field on
 * PostgreSQL). Digits after the point are the use case's rule: input is checked there, computed values are
 * rounded to the column by design. The limits
 * are read once per class from the mapping that also creates the columns; {@code @Lob} texts have none.
 */
final class ColumnLimits extends DescriptorEventAdapter {

    /** One limited attribute: a text of at most {@code length} characters or a number of {@code precision, scale}. */
    private record Limit(Field field, int length, int precision, int scale, List<Limit> embedded) {
    }

    private static final Map<Class<?>, List<Limit>> LIMITS = new ConcurrentHashMap<>();

    @Override
    public void prePersist(DescriptorEvent event) {
        check(event.getSource());
    }

    @Override
    public void preUpdateWithChanges(DescriptorEvent event) {
        check(event.getSource());
    }

    /** @throws ValidationException {@code VALUE_TOO_LONG} or {@code VALUE_OUT_OF_RANGE} naming each field */
    static void check(Object entity) {
        List<FieldError> errors = new ArrayList<>();
        check(entity, "", errors);
        if (!errors.isEmpty()) {
            boolean tooLong = errors.stream().allMatch(e -> e.message().contains("Zeichen"));
            throw new ValidationException(tooLong ? "VALUE_TOO_LONG" : "VALUE_OUT_OF_RANGE", errors);
        }
    }

    private static void check(Object object, String prefix, List<FieldError> errors) {
        for (Limit limit : LIMITS.computeIfAbsent(object.getClass(), ColumnLimits::limitsOf)) {
            Object value;
            try {
                value = limit.field().get(object);
            } catch (IllegalAccessException e) {
                continue;
            }
            String name = prefix + limit.field().getName();
            if (value == null) {
                continue;
            }
            if (limit.embedded() != null) {
                check(value, name + ".", errors);
            } else if (value instanceof String text && text.length() > limit.length()) {
                errors.add(new FieldError(name, Text.of("kernel.COLUMN_LIMITS_LENGTH", name, text.length(), limit.length())));
            } else if (value instanceof BigDecimal number && limit.precision() > 0) {
                // digits before the point beyond the column: the database would refuse it. Digits after the point are
                // the use case's rule (input is checked there; computed values are rounded to the column by design)
                int digits = number.precision() - number.scale(); // on the literal first: 1e5000000 is never expanded
                int whole = digits > limit.precision() + 1 ? digits : Math.max(number.setScale(limit.scale(),
                        java.math.RoundingMode.HALF_UP).precision() - limit.scale(), 0);
                if (whole > limit.precision() - limit.scale()) {
                    errors.add(new FieldError(name, Text.of("kernel.COLUMN_LIMITS_DIGITS", name,
                            number.precision() > 40 ? Text.of("kernel.THE_NUMBER") : number.toPlainString(),
                            limit.precision() - limit.scale())));
                }
            }
        }
    }

    private static List<Limit> limitsOf(Class<?> type) {
        List<Limit> limits = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.isAnnotationPresent(Lob.class)) {
                    continue;
                }
                Column column = f.getAnnotation(Column.class);
                if (f.isAnnotationPresent(Embedded.class) || f.isAnnotationPresent(EmbeddedId.class)) {
                    f.setAccessible(true);
                    limits.add(new Limit(f, 0, 0, 0, List.of()));
                } else if (column != null && f.getType() == String.class) {
                    f.setAccessible(true);
                    limits.add(new Limit(f, column.length(), 0, 0, null));
                } else if (column != null && f.getType() == BigDecimal.class && column.precision() > 0) {
                    f.setAccessible(true);
                    limits.add(new Limit(f, 0, column.precision(), column.scale(), null));
                }
            }
        }
        return List.copyOf(limits);
    }
}
