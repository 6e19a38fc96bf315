package de.leitstand.kernel.infrastructure.persistence;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.NationalData;
import de.leitstand.kernel.api.persistence.PartOf;
import de.leitstand.kernel.api.persistence.SharedData;
import de.leitstand.kernel.api.persistence.TenantOwnedEntity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityScopeTest {

    static class Owned extends TenantOwnedEntity {
        Owned() {
            super(new AgencyNumber("03504"));
        }
    }

    @SharedData("published")
    static class Registry {
    }

    @NationalData("accounts")
    static class Account {
    }

    @PartOf(Owned.class)
    static class Line {
    }

    @PartOf(Account.class)
    static class PartOfNational {
    }

    static class Forgotten {
    }

    @SharedData("both")
    static class Twice extends TenantOwnedEntity {
    }

    @Test
    void everyEntityHasExactlyOneScope() {
        assertEquals(EntityScope.TENANT, EntityScope.of(Owned.class));
        assertEquals(EntityScope.SHARED, EntityScope.of(Registry.class));
        assertEquals(EntityScope.NATIONAL, EntityScope.of(Account.class));
        assertEquals(EntityScope.PART, EntityScope.of(Line.class));
    }

    @Test
    void anEntityThatForgetsTheRuleDoesNotDeploy() {
        IllegalStateException forgotten = assertThrows(IllegalStateException.class, () -> EntityScope.of(Forgotten.class));
        assertTrue(forgotten.getMessage().contains("Forgotten"), forgotten.getMessage());
        assertThrows(IllegalStateException.class, () -> EntityScope.of(Twice.class));
        assertThrows(IllegalStateException.class, () -> EntityScope.of(PartOfNational.class), "a part needs a guarded root");
    }
}
