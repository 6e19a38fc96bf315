package de.leitstand.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is HttpOnly (web.xml) and SameSite=Strict: set here because Payara's
 * deployment descriptor parser does not yet know the Servlet 6 cookie attributes.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Strict");
    }
}
