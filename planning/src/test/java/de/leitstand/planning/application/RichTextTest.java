package de.leitstand.planning.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RichTextTest {

    @Test
    void keepsFormattingAndRemovesWhatRuns() {
        String clean = RichText.sanitize("<h3>5.1 Ziele</h3><p onclick=\"x()\">Text <strong>fett</strong></p>"
                + "<script>alert(1)</script><ul><li>eins</li></ul><a href=\"javascript:alert(1)\">x</a>");
        assertTrue(clean.contains("<h3>5.1 Ziele</h3>"), clean);
        assertTrue(clean.contains("<strong>fett</strong>"), clean);
        assertTrue(clean.contains("<li>eins</li>"), clean);
        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("javascript"), clean);
        assertNull(RichText.sanitize(null));
        assertEquals("", RichText.sanitize(""));
    }
}
