package de.leitstand.kernel.infrastructure.security;

import de.leitstand.kernel.application.SessionStamps;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A UI session ends at once when its user's stamp changes or the user is disabled. */
class SessionGuardTest {

    private final Map<String, Long> stamps = new HashMap<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private boolean invalidated;
    private String redirect;
    private SessionGuard guard;

    @BeforeEach
    void setUp() {
        guard = new SessionGuard();
        guard.stamps = new SessionStamps() {
            @Override
            public Long current(String username) {
                return stamps.get(username);
            }
        };
        stamps.put("ee-gf", 4L);
    }

    @Test
    void aSessionGoesOnWhileTheStampStands() throws Exception {
        guard.started(request(), "ee-gf");
        assertTrue(guard.check(request(), response()));
        assertFalse(invalidated);
    }

    @Test
    void changedRolesEndTheSessionAtOnce() throws Exception {
        guard.started(request(), "ee-gf");
        stamps.put("ee-gf", 5L);
        assertFalse(guard.check(request(), response()));
        assertTrue(invalidated);
        assertEquals("/login.xhtml?beendet=true", redirect);
    }

    @Test
    void disablingEndsTheSessionAtOnce() throws Exception {
        guard.started(request(), "ee-gf");
        stamps.remove("ee-gf");
        assertFalse(guard.check(request(), response()));
        assertTrue(invalidated);
    }

    @Test
    void aRequestWithoutLoginIsNotTouched() throws Exception {
        assertTrue(guard.check(request(), response()));
        assertNull(redirect);
    }

    private HttpServletRequest request() {
        HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "invalidate" -> {
                        invalidated = true;
                        attributes.clear();
                        yield null;
                    }
                    default -> null;
                });
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSession" -> args != null && args.length == 1 && !(Boolean) args[0] && attributes.isEmpty() ? null : session;
                    case "getContextPath" -> "";
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("sendRedirect")) {
                        redirect = (String) args[0];
                    }
                    return null;
                });
    }
}
