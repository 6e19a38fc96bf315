package de.leitstand.kernel.application;

import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.persistence.AuditRendering;
import de.leitstand.kernel.domain.UserAccount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditRenderingTest {

    @Test
    void valuesReadAsGermanText() {
        assertNull(AuditRendering.text(null));
        assertEquals("ja", AuditRendering.text(true));
        assertEquals("1234,50", AuditRendering.text(new BigDecimal("1234.50")));
        assertEquals("12.03.2024", AuditRendering.text(LocalDate.of(2024, 3, 12)));
        assertEquals("03.2024", AuditRendering.text(YearMonth.of(2024, 3)));
        assertEquals("12.03.2024 11:15:30", AuditRendering.text(Instant.parse("2024-03-12T10:15:30Z")));
        assertEquals("Geschäftsführung; Gremium (nur lesen)",
                AuditRendering.text(EnumSet.of(Role.GREMIUM, Role.GESCHAEFTSFUEHRUNG)));
        assertEquals("a; b", AuditRendering.text(List.of("a", "b")));
    }

    @Test
    void htmlReadsAsTextAndBytesAsKindSizeAndHash() {
        assertEquals("Sachverhalt: A & B Zweiter Absatz",
                AuditRendering.text("<p>Sachverhalt: <b>A &amp; B</b></p><p>Zweiter Absatz</p>"));
        byte[] pdf = ("%PDF-1.7" + "x".repeat(3000)).getBytes(StandardCharsets.US_ASCII);
        String text = AuditRendering.text(pdf);
        assertTrue(text.matches("PDF, 3 KB, SHA-256 [0-9a-f]{64}"), text);
    }

    @Test
    void secretsAreHiddenAndMonthKeysNamed() {
        assertEquals(AuditRendering.HIDDEN, AuditRendering.text(UserAccount.class, "passwordHash", "pbkdf2$…"));
        assertEquals("1: 76, 12: 77", AuditRendering.text(Map.of(12, 77, 1, 76)));
        assertEquals("Rollen", AuditRendering.label(UserAccount.class, "roles"));
        assertEquals("Träger-Nummer", AuditRendering.label(de.leitstand.kernel.domain.Jobcenter.class, "agencyNumber"));
    }
}
