package de.leitstand.kernel.infrastructure.security;

import de.leitstand.kernel.application.SessionStamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.Serializable;

/**
 * Ends a UI session at once when its user is disabled, loses or changes roles or Jobcenter, or gets a new
 * password from an ADMIN: the session remembers the user's session stamp at login and every request compares
 * it with the database (so it also holds for sessions on other cluster nodes).
 */
@ApplicationScoped
public class SessionGuard {

    static final String ATTRIBUTE = "leitstand.session";

    @Inject
    SessionStamps stamps;

    /** What a session remembers of its login. */
    record Stamp(String username, long stamp) implements Serializable {
    }

    void started(HttpServletRequest request, String username) {
        Long stamp = stamps.current(username);
        request.getSession(true).setAttribute(ATTRIBUTE, new Stamp(username, stamp == null ? -1 : stamp));
    }

    /**
     * @return {@code true} when the request may go on; {@code false} when its session was ended and the
     *         browser has been sent to the login page
     */
    boolean check(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Stamp stamp)) {
            return true;
        }
        Long current = stamps.current(stamp.username());
        if (current != null && current == stamp.stamp()) {
            return true;
        }
        session.invalidate();
        String login = request.getContextPath() + "/login.xhtml?beendet=true";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login.replace("&", "&amp;") + "\"></redirect></partial-response>");
            response.flushBuffer();
        } else {
            response.sendRedirect(login);
        }
        return false;
    }
}
