package de.leitstand.kernel.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 503 page a browser sees while the database is away speaks the browser's language (Accept-Language). */
class DatabaseOutagePageTest {

    private final Map<String, String> headers = new HashMap<>();
    private final StringWriter body = new StringWriter();
    private int status;

    @Test
    void germanWithoutHeaderOrWhenGermanIsPreferred() throws Exception {
        assertTrue(page(null).contains("<html lang=\"de\">"), body.toString());
        assertTrue(body.toString().contains("Leitstand ist gleich wieder da"), body.toString());
        assertEquals(503, status);
        assertEquals("5", headers.get("Retry-After"));
        assertTrue(page("fr, de;q=0.5, en;q=0.4").contains("<html lang=\"de\">"));
    }

    @Test
    void englishWhenTheBrowserPrefersEnglish() throws Exception {
        String page = page("en-GB,en;q=0.9,de;q=0.8");
        assertTrue(page.contains("<html lang=\"en\">"), page);
        assertTrue(page.contains("<title>Leitstand – temporarily unavailable</title>"), page);
        assertTrue(page.contains("tries again by itself in 5 seconds"), page);
        assertEquals("en", headers.get("Content-Language"));
        assertEquals(503, status);
    }

    private String page(String acceptLanguage) throws Exception {
        body.getBuffer().setLength(0);
        List<Locale> locales = acceptLanguage == null ? List.of(Locale.getDefault())
                : java.util.Arrays.stream(acceptLanguage.split(",")).map(l -> Locale.forLanguageTag(l.split(";")[0].trim())).toList();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Accept-Language".equals(args[0]) ? acceptLanguage : null;
                    case "getLocales" -> Collections.enumeration(locales);
                    default -> null;
                });
        PrintWriter writer = new PrintWriter(body);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setStatus" -> status = (Integer) args[0];
                        case "getWriter" -> {
                            return writer;
                        }
                        case "flushBuffer" -> writer.flush();
                        default -> {
                        }
                    }
                    return null;
                });
        DatabaseOutage.refuse(request, response, false);
        writer.flush();
        return body.toString();
    }
}
