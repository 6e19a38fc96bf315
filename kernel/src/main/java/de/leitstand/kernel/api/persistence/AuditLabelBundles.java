package de.leitstand.kernel.api.persistence;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The German labels of the audit trail: the bundle {@code AuditLabels} in an entity's package, one per
 * package and class loader, looked up once and kept.
 */
final class AuditLabelBundles {

    private static final Map<String, Optional<ResourceBundle>> BUNDLES = new ConcurrentHashMap<>();

    private AuditLabelBundles() {
    }

    /**
     * @return the label of {@code field} of {@code type}: {@code SimpleClassName.field} of the class or a
     *         superclass first, then the plain {@code field} as a common field
     */
    static Optional<String> fieldLabel(Class<?> type, String field) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Optional<String> label = lookup(c, c.getSimpleName() + "." + field);
            if (label.isPresent()) {
                return label;
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Optional<String> label = lookup(c, field);
            if (label.isPresent()) {
                return label;
            }
        }
        return Optional.empty();
    }

    /** @return the text of {@code key} in the bundle of {@code type}'s package, if that bundle has it */
    static Optional<String> lookup(Class<?> type, String key) {
        Optional<ResourceBundle> bundle = BUNDLES.computeIfAbsent(type.getPackageName() + "@" + System.identityHashCode(type.getClassLoader()), ignored -> {
            String pkg = type.getPackageName();
            try {
                return Optional.of(ResourceBundle.getBundle(pkg + ".AuditLabels", Locale.ROOT, type.getClassLoader()));
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        });
        return bundle.filter(b -> b.containsKey(key)).map(b -> b.getString(key));
    }
}
