package de.leitstand.kernel.rest;

import de.leitstand.kernel.api.ValidationException;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictJsonReaderTest {

    enum Kind { A, B }

    record Inner(int integrations, BigDecimal rate) {
    }

    record Input(@Size(max = 10) String name, Integer count, long id, boolean enabled, Boolean active, BigDecimal amount,
                 Kind kind, LocalDate date, List<Integer> months, Inner targets, Map<String, BigDecimal> values) {
    }

    private static ValidationException refused(String json) {
        return refused(json, Input.class);
    }

    private static ValidationException refused(String json, Type type) {
        ValidationException e = assertThrows(ValidationException.class, () -> StrictJsonReader.check(json, type), json);
        assertFalse(e.getMessage().contains("$") || e.getMessage().contains("de.leitstand"), e.getMessage());
        return e;
    }

    private static String field(ValidationException e) {
        return e.errors().get(0).field();
    }

    @Test
    void aValidBodyPasses() {
        assertDoesNotThrow(() -> StrictJsonReader.check("{\"name\":\"x\",\"count\":3,\"id\":1e2,\"enabled\":true,\"active\":null,"
                + "\"amount\":12.50,\"kind\":\"A\",\"date\":\"2024-02-29\",\"months\":[1,2],\"targets\":{\"integrations\":5,\"rate\":1.5},"
                + "\"values\":{\"ELB\":5485}}", Input.class));
    }

    @Test
    void unknownPropertiesAreRefusedByTheirPath() {
        ValidationException top = refused("{\"name\":\"x\",\"unknown\":\"ignored\"}");
        assertEquals("unknown", field(top));
        assertTrue(top.getMessage().contains("name, count"), top.getMessage());
        assertEquals("targets.rates", field(refused("{\"targets\":{\"integrations\":5,\"rates\":1.5}}")));
        assertEquals("[1].extra", field(refused("[{\"integrations\":1},{\"integrations\":2,\"extra\":null}]",
                new java.lang.reflect.ParameterizedType() {
                    public Type[] getActualTypeArguments() { return new Type[]{Inner.class}; }
                    public Type getRawType() { return List.class; }
                    public Type getOwnerType() { return null; }
                })));
        assertDoesNotThrow(() -> StrictJsonReader.check("{\"values\":{\"ANY\":1}}", Input.class), "map keys are data, not properties");
    }

    @Test
    void numbersAreNeverWrappedOrTruncated() {
        ValidationException wrapped = refused("{\"count\":1e20}");
        assertEquals("count", field(wrapped));
        assertEquals("id", field(refused("{\"id\":1.9}")));
        assertEquals("targets.integrations", field(refused("{\"targets\":{\"integrations\":2147483648}}")));
        assertEquals("months[1]", field(refused("{\"months\":[1,2.5]}")));
        assertEquals("count", field(refused("{\"count\":\"12\"}")));
        assertEquals("amount", field(refused("{\"amount\":\"12\"}")));
        assertEquals("id", field(refused("{\"id\":" + "4".repeat(40) + "}")));
        assertEquals("values.ELB", field(refused("{\"values\":{\"ELB\":" + "9".repeat(41) + "}}")));
    }

    @Test
    void hugeExponentsCostNothing() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertEquals("amount", field(refused("{\"amount\":1e5000000}")));
            assertEquals("values.ELB", field(refused("{\"values\":{\"ELB\":1e5000000}}")));
            assertEquals("count", field(refused("{\"count\":1e-5000000}")));
        });
    }

    @Test
    void booleansAreTrueOrFalse() {
        ValidationException ja = refused("{\"enabled\":\"ja\"}");
        assertEquals("enabled", field(ja));
        assertTrue(ja.getMessage().contains("true oder false"), ja.getMessage());
        assertEquals("active", field(refused("{\"active\":1}")));
        assertEquals("enabled", field(refused("{\"enabled\":null}")));
    }

    @Test
    void textsDatesAndConstantsAreChecked() {
        assertEquals("name", field(refused("{\"name\":\"" + "x".repeat(11) + "\"}")));
        assertEquals("name", field(refused("{\"name\":5}")));
        assertEquals("kind", field(refused("{\"kind\":\"C\"}")));
        assertEquals("date", field(refused("{\"date\":\"2023-02-30\"}")));
        assertEquals("targets", field(refused("{\"targets\":[]}")));
    }

    @Test
    void aMissingOrNullBodyIsRefused() {
        assertEquals("BODY_MISSING", refused("", Input.class).code());
        assertEquals("BODY_MISSING", refused("null", Input.class).code());
        assertEquals("BODY_INVALID", refused("{\"name\":", Input.class).code());
    }
}
