package de.leitstand.kernel.application;

import de.leitstand.kernel.api.AuditEntryView.FieldChange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditChangesTest {

    @Test
    void readsFieldChangesWithNulls() {
        List<FieldChange> changes = AuditService.changes(
                "[{\"field\":\"city\",\"old\":null,\"new\":\"Herzberg\"},{\"field\":\"name\",\"old\":\"A\",\"new\":null}]");
        assertEquals(List.of(new FieldChange("city", "city", null, "Herzberg"), new FieldChange("name", "name", "A", null)), changes);
    }

    @Test
    void readsCollectionChanges() {
        List<FieldChange> changes = AuditService.changes("[{\"field\":\"roles\",\"label\":\"Rollen\",\"removed\":\"[GREMIUM]\",\"added\":\"[ADMIN]\"}]");
        assertEquals(new FieldChange("roles", "Rollen", "entfernt: [GREMIUM]", "hinzugefügt: [ADMIN]"), changes.get(0));
        assertEquals(List.of(), AuditService.changes(null));
    }
}
