package de.leitstand.kernel;

import de.leitstand.kernel.testing.AuditedTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;

/**
 * Every entity and embeddable of this module's persistence unit: audited, every field with a German label and
 * a readable value in the audit trail (one case per type).
 */
class AuditRenderingOfTypesTest {

    static List<Class<?>> types() throws Exception {
        return AuditedTypes.ofModule();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void rendersReadably(Class<?> type) throws Exception {
        AuditedTypes.check(type, Set.of("AuditEntry", "LoginFailure"));
    }
}
